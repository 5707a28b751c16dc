package io.hitstream.stats.store;

import static io.hitstream.stats.store.SectionMinutes.utc;

import io.hitstream.stats.domain.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** alert_webhooks: the calls each transition owes a site's webhook, kept until one is answered with 2xx. */
@ApplicationScoped
public class WebhookOutbox {
    private static final String ENQUEUE = """
            INSERT INTO alert_webhooks (site, rule, raised_at, transition, url, payload, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    // SKIP LOCKED: a replica sending a call keeps it row-locked, so another never sends it twice at once.
    private static final String DUE = """
            SELECT site, rule, raised_at, transition, url, payload, attempts FROM alert_webhooks
            WHERE sent_at IS NULL AND next_attempt_at <= ? AND attempts < ?
            ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED
            """;
    private static final String SENT = """
            UPDATE alert_webhooks SET sent_at = ?, attempts = attempts + 1, last_error = NULL
            WHERE site = ? AND rule = ? AND raised_at = ? AND transition = ?
            """;
    private static final String FAILED = """
            UPDATE alert_webhooks SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
            WHERE site = ? AND rule = ? AND raised_at = ? AND transition = ?
            """;

    public void enqueue(Connection connection, String site, Transition transition, String url, String payload,
            Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ENQUEUE)) {
            statement.setString(1, site);
            statement.setString(2, transition.rule().name());
            statement.setObject(3, utc(transition.raisedAt()));
            statement.setString(4, transition.kind().name());
            statement.setString(5, url);
            statement.setString(6, payload);
            statement.setObject(7, utc(now));
            statement.executeUpdate();
        }
    }

    /** Locks and returns up to limit calls due at now that have had fewer than maxAttempts attempts. */
    public List<WebhookCall> due(Connection connection, Instant now, int maxAttempts, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setObject(1, utc(now));
            statement.setInt(2, maxAttempts);
            statement.setInt(3, limit);
            List<WebhookCall> calls = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    calls.add(new WebhookCall(rows.getString(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getInt(7)));
                }
            }
            return calls;
        }
    }

    public void sent(Connection connection, WebhookCall call, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SENT)) {
            statement.setObject(1, utc(at));
            bindKey(statement, 2, call);
            statement.executeUpdate();
        }
    }

    public void failed(Connection connection, WebhookCall call, Instant nextAttempt, String error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FAILED)) {
            statement.setObject(1, utc(nextAttempt));
            // Bounded: an error text may quote what the webhook answered.
            statement.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
            bindKey(statement, 3, call);
            statement.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement statement, int first, WebhookCall call) throws SQLException {
        statement.setString(first, call.site());
        statement.setString(first + 1, call.rule());
        statement.setObject(first + 2, utc(call.raisedAt()));
        statement.setString(first + 3, call.transition());
    }
}
