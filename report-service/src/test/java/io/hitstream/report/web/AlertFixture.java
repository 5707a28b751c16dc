package io.hitstream.report.web;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Alerts as stats-service stores them, on the sites of {@link RollupFixture}: www.example.org (UTC) has an open
 * traffic alert and two past ones (error rate, latency of the request group api); shop.example.org (Europe/Zurich)
 * a past silence; the quiet site an open alert whose rule and request group are hostile text; the database never
 * holds such a rule, and a group comes from stats' settings, but the page must still escape them.
 */
final class AlertFixture {
    private static final String INSERT = """
            INSERT INTO alerts (site, rule, raised_at, state, value, threshold, window_minutes, recovered_at,
                                recovery_value, request_group)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """;

    private AlertFixture() {
    }

    /** Loads {@link RollupFixture} and the alerts unless they are there already. */
    static void load() throws SQLException {
        RollupFixture.load();
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection db = PostgresServer.fromEnvironment().connect(database);
                PreparedStatement insert = db.prepareStatement(INSERT)) {
            alert(insert, RollupFixture.WWW, "TRAFFIC", "2026-11-07T10:02:00Z", 1100, 600, 2, null, null, "");
            alert(insert, RollupFixture.WWW, "ERROR_RATE", "2026-11-05T08:00:00Z", 18.75, 5, 2, "2026-11-05T08:05:00Z", 0.0,
                    "");
            alert(insert, RollupFixture.WWW, "LATENCY", "2026-11-04T12:10:00Z", 2000, 1000, 5, "2026-11-04T12:20:00Z",
                    200.0, "api");
            alert(insert, RollupFixture.SHOP, "SILENCE", "2026-11-02T23:10:00Z", 0, 0, 10, "2026-11-02T23:30:00Z", 40.0,
                    "");
            alert(insert, RollupFixture.QUIET, "<b>odd</b>", "2026-10-16T00:00:00Z", 1, 0.5, 1, null, null,
                    "<i>a</i> & \"b\"");
            insert.executeBatch();
        }
    }

    private static void alert(PreparedStatement insert, String site, String rule, String raisedAt, double value,
            double threshold, int windowMinutes, String recoveredAt, Double recoveryValue, String requestGroup)
            throws SQLException {
        insert.setString(1, site);
        insert.setString(2, rule);
        insert.setTimestamp(3, Timestamp.from(Instant.parse(raisedAt)));
        insert.setString(4, recoveredAt == null ? "RAISED" : "RECOVERED");
        insert.setDouble(5, value);
        insert.setDouble(6, threshold);
        insert.setInt(7, windowMinutes);
        insert.setTimestamp(8, recoveredAt == null ? null : Timestamp.from(Instant.parse(recoveredAt)));
        insert.setObject(9, recoveryValue);
        insert.setString(10, requestGroup);
        insert.addBatch();
    }
}
