package io.hitstream.stats.service;

import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.stats.grpc.RollupTables;
import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Writes a site's per-minute section rows and reads its alert rows, over JDBC on the test database. */
final class AlertTables {
    private AlertTables() {
    }

    static void site(String site, String zone) {
        update("INSERT INTO site (site, time_zone) VALUES (?, ?) ON CONFLICT DO NOTHING", site, zone);
    }

    /** One minute of a site's traffic, split over two sections (60 % and 40 %) as the rollups would hold it. */
    static void minute(String site, Instant minute, long hits, long status5xx) {
        long first = hits * 6 / 10;
        long firstErrors = status5xx * 6 / 10;
        section(site, minute, "/a/", first, firstErrors);
        section(site, minute, "/b/", hits - first, status5xx - firstErrors);
    }

    /** One minute of a request group's latencies: calls calls of micros microseconds each. */
    static void latencyMinute(String site, Instant minute, String group, int calls, long micros) {
        LatencySketch sketch = LatencySketch.empty();
        for (int call = 0; call < calls; call++) {
            sketch.add(micros);
        }
        update("INSERT INTO sketches (site, kind, grain, local_date, period_start, key, data)"
                + " VALUES (?, 'LATENCY', 'MINUTE', ?, ?, ?, ?)", site, LocalDate.ofInstant(minute, ZoneOffset.UTC),
                minute.atOffset(ZoneOffset.UTC), group, sketch.toBytes());
    }

    private static void section(String site, Instant minute, String key, long hits, long status5xx) {
        update("INSERT INTO minute_counts (site, dimension, minute_start, key, hits, status_2xx, status_3xx, status_4xx,"
                + " status_5xx) VALUES (?, 'SECTION', ?, ?, ?, ?, 0, 0, ?)", site, minute.atOffset(ZoneOffset.UTC), key,
                hits, hits - status5xx, status5xx);
    }

    static List<String> alerts(String site) {
        return RollupTables.rows("SELECT rule, state, value, threshold, window_minutes, raised_at, recovered_at, recovery_value"
                + " FROM alerts WHERE site = ? ORDER BY raised_at, rule", site, 8);
    }

    static List<String> alertGroups(String site) {
        return RollupTables.rows("SELECT rule, state, request_group FROM alerts WHERE site = ? ORDER BY raised_at, rule",
                site, 3);
    }

    static List<String> webhookCalls(String site) {
        return RollupTables.rows("SELECT rule, transition, attempts, sent_at IS NOT NULL, next_attempt_at, last_error IS NOT NULL"
                + " FROM alert_webhooks WHERE site = ? ORDER BY raised_at, transition", site, 6);
    }

    private static void update(String sql, Object... values) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        return PostgresServer.fromEnvironment().connect(database);
    }
}
