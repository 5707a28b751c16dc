package io.hitstream.stats.service;

import io.hitstream.stats.config.AlertsConfig;
import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.RetryBackoff;
import io.hitstream.stats.peer.WebhookClient;
import io.hitstream.stats.store.WebhookCall;
import io.hitstream.stats.store.WebhookOutbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Sends the webhook calls that transitions queued, apart from evaluation and commits, so that a webhook that is
 * down or slow only delays its own calls; a failed call is retried with a doubling, capped wait.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** Calls sent per run: each may take up to the webhook timeout while its row stays locked. */
    private static final int CALLS_PER_RUN = 10;

    private final DataSource dataSource;
    private final WebhookOutbox outbox;
    private final WebhookClient client;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final int maxAttempts;

    WebhookSender(DataSource dataSource, WebhookOutbox outbox, WebhookClient client, Clock clock, StatsConfig config) {
        AlertsConfig alerts = config.alerts();
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = new RetryBackoff(alerts.webhookFirstRetry(), alerts.webhookMaxRetry());
        this.maxAttempts = alerts.webhookMaxAttempts();
    }

    @Scheduled(identity = "alert-webhooks", every = "${hitstream.stats.alerts.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sendDue();
        } catch (SQLException e) {
            LOG.warnf(e, "Sending alert webhooks failed; the next run retries");
        }
    }

    /** Makes the calls due now; answers how many the webhooks took. */
    public int sendDue() throws SQLException {
        Instant now = clock.instant();
        int sent = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (WebhookCall call : outbox.due(connection, now, maxAttempts, CALLS_PER_RUN)) {
                    sent += send(connection, call, now) ? 1 : 0;
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return sent;
    }

    private boolean send(Connection connection, WebhookCall call, Instant now) throws SQLException {
        try {
            client.post(call.url(), call.payload());
            outbox.sent(connection, call, now);
            return true;
        } catch (WebhookClient.WebhookException e) {
            int failed = call.attempts() + 1;
            outbox.failed(connection, call, now.plus(backoff.after(failed)), e.getMessage());
            LOG.warnf("Alert webhook of %s failed (attempt %d): %s", call.site(), failed, e.getMessage());
            return false;
        }
    }
}
