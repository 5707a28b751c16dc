package io.hitstream.stats.service;

import io.hitstream.stats.config.SiteAlerts;
import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.AlertRules;
import io.hitstream.stats.domain.GroupLatencies;
import io.hitstream.stats.domain.MinuteSeries;
import io.hitstream.stats.domain.Reading;
import io.hitstream.stats.domain.RuleState;
import io.hitstream.stats.domain.Transition;
import io.hitstream.stats.peer.WebhookPayload;
import io.hitstream.stats.store.AlertSite;
import io.hitstream.stats.store.AlertStore;
import io.hitstream.stats.store.LatencyMinutes;
import io.hitstream.stats.store.SectionMinutes;
import io.hitstream.stats.store.WebhookOutbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Evaluates every site's alert rules over its committed minutes. Each site is evaluated in one transaction under
 * a PostgreSQL advisory lock that any other evaluator (another replica) skips, and each window end counts once,
 * so a transition is stored, logged and queued for the webhook once.
 */
@ApplicationScoped
public class AlertEvaluator {
    private static final Logger LOG = Logger.getLogger(AlertEvaluator.class);

    private final DataSource dataSource;
    private final AlertStore store;
    private final SectionMinutes minutes;
    private final LatencyMinutes latencies;
    private final WebhookOutbox outbox;
    private final SiteAlerts settings;
    private final AlertGauges gauges;
    private final Clock clock;
    private final Duration lag;

    AlertEvaluator(DataSource dataSource, AlertStore store, SectionMinutes minutes, LatencyMinutes latencies,
            WebhookOutbox outbox, SiteAlerts settings, AlertGauges gauges, Clock clock, StatsConfig config) {
        this.dataSource = dataSource;
        this.store = store;
        this.minutes = minutes;
        this.latencies = latencies;
        this.outbox = outbox;
        this.settings = settings;
        this.gauges = gauges;
        this.clock = clock;
        this.lag = Duration.ofMinutes(config.alerts().lagMinutes());
    }

    @Scheduled(identity = "alert-evaluation", every = "${hitstream.stats.alerts.evaluate-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        evaluateAll();
    }

    /**
     * Evaluates each site not being evaluated elsewhere on the windows that end at the clock's minute less the lag;
     * answers the transitions this call stored.
     */
    public List<Transition> evaluateAll() {
        // The windows are the data's minutes: a batch committed late still lands in (and is read from) its minute.
        Instant end = clock.instant().minus(lag).truncatedTo(ChronoUnit.MINUTES);
        List<Transition> stored = new ArrayList<>();
        try {
            for (AlertSite site : sites()) {
                stored.addAll(evaluate(site, end));
            }
        } catch (SQLException e) {
            LOG.warnf(e, "Alert evaluation failed; the next one retries");
        }
        return stored;
    }

    private List<AlertSite> sites() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return store.sites(connection);
        }
    }

    private List<Transition> evaluate(AlertSite site, Instant end) throws SQLException {
        AlertRules rules = settings.rules(site.site());
        List<Transition> transitions = new ArrayList<>();
        List<RuleState> states = new ArrayList<>();
        List<Reading> readings;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!store.tryLock(connection, site.site())) {
                    connection.rollback();
                    return List.of();
                }
                MinuteSeries series = minutes.between(connection, site.site(),
                        end.minus(Duration.ofMinutes(rules.minutesNeeded())), end);
                boolean hadTraffic = minutes.hadTrafficBefore(connection, site.site(),
                        end.minus(Duration.ofMinutes(rules.silenceWindow())));
                GroupLatencies groups = latencies.between(connection, site.site(),
                        end.minus(Duration.ofMinutes(rules.latencyWindow())), end);
                readings = rules.read(series, groups, end, hadTraffic);
                for (Reading reading : readings) {
                    RuleState.Step step = store.state(connection, site.site(), reading.rule())
                            .next(reading, end, rules.recoverAfter());
                    store.save(connection, site.site(), reading.rule(), step.state());
                    states.add(step.state());
                    if (step.transition().isPresent()) {
                        transitions.add(record(connection, site, step.transition().get()));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        for (int i = 0; i < readings.size(); i++) {
            gauges.set(site.site(), readings.get(i).rule(), states.get(i).open());
        }
        transitions.forEach(transition -> LOG.warnf("%s: %s", site.site(), transition.message(site.zone())));
        return transitions;
    }

    private Transition record(Connection connection, AlertSite site, Transition transition) throws SQLException {
        Transition stored = store.record(connection, site.site(), transition);
        Optional<String> webhook = settings.webhookUrl(site.site());
        if (webhook.isPresent()) {
            String payload = WebhookPayload.of(settings.webhookFormat(site.site()), site.site(), site.zone(), stored);
            outbox.enqueue(connection, site.site(), stored, webhook.get(), payload, clock.instant());
        }
        return stored;
    }
}
