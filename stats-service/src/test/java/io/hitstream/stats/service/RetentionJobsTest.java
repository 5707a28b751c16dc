package io.hitstream.stats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Retention at an instant long before the other tests' data, so that only this test's rows are past it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class RetentionJobsTest {
    private static final Instant NOW = Instant.parse("2001-01-10T12:00:00Z");
    private static final Duration MINUTES_KEPT = Duration.ofHours(48);
    private static final Duration HOURS_KEPT = Duration.ofDays(400);

    @Inject
    RetentionJobs jobs;

    private final String site = "old-" + UUID.randomUUID() + ".example.org";

    private Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }

    private void insert(String sql, Instant start) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setString(1, site);
            insert.setTimestamp(2, Timestamp.from(start));
            insert.executeUpdate();
        }
    }

    private void minute(Instant start) throws SQLException {
        insert("INSERT INTO minute_counts (site, dimension, minute_start, key, hits) VALUES (?, 'SECTION', ?, '/', 1)",
                start);
        insert("INSERT INTO sketches (site, kind, grain, local_date, period_start, key, data)"
                + " VALUES (?, 'LATENCY', 'MINUTE', '2001-01-08', ?, 'api', '\\x00')", start);
    }

    private void hour(Instant start) throws SQLException {
        insert("INSERT INTO hourly_totals (site, hour_start, local_date, hits, bytes, status_2xx, status_3xx,"
                + " status_4xx, status_5xx, status_other) VALUES (?, ?, '2000-01-01', 1, 0, 1, 0, 0, 0, 0)", start);
        insert("INSERT INTO hourly_counts (site, dimension, hour_start, local_date, key, hits)"
                + " VALUES (?, 'REQUEST_GROUP', ?, '2000-01-01', 'api', 1)", start);
        insert("INSERT INTO sketches (site, kind, grain, local_date, period_start, key, data)"
                + " VALUES (?, 'LATENCY', 'HOUR', '2000-01-01', ?, 'api', '\\x00')", start);
    }

    private List<String> starts(String sql) throws SQLException {
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, site);
            List<String> starts = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    starts.add(result.getTimestamp(1).toInstant().toString());
                }
            }
            return starts;
        }
    }

    @Test
    void retentionDeletesExactlyTheRowsPastTheirTime() throws SQLException {
        Instant minuteLimit = NOW.minus(MINUTES_KEPT);
        Instant hourLimit = NOW.minus(HOURS_KEPT);
        minute(minuteLimit.minusSeconds(180));
        minute(minuteLimit.minusSeconds(120));
        minute(minuteLimit.minusSeconds(60));
        minute(minuteLimit);
        hour(hourLimit.minusSeconds(3600));
        hour(hourLimit);
        insert("INSERT INTO daily_counts (site, dimension, local_date, key, hits) VALUES (?, 'URL', ?::date, '/', 1)",
                Instant.parse("1990-01-01T00:00:00Z"));

        int deleted = jobs.deleteExpired(NOW).await().indefinitely();

        assertEquals(9, deleted);
        assertEquals(List.of("2001-01-08T12:00:00Z"),
                starts("SELECT minute_start FROM minute_counts WHERE site = ?"));
        assertEquals(List.of("1999-12-07T12:00:00Z"), starts("SELECT hour_start FROM hourly_totals WHERE site = ?"));
        assertEquals(List.of("1999-12-07T12:00:00Z"), starts("SELECT hour_start FROM hourly_counts WHERE site = ?"));
        assertEquals(List.of("1999-12-07T12:00:00Z", "2001-01-08T12:00:00Z"),
                starts("SELECT period_start FROM sketches WHERE site = ? ORDER BY period_start"));
        assertEquals(List.of("1990-01-01T00:00:00Z"),
                starts("SELECT local_date::timestamp AT TIME ZONE 'UTC' FROM daily_counts WHERE site = ?"));
        assertEquals(3, dataVersion(), "one move per batch of hourly totals, hourly counts and hour sketches;"
                + " none for the minutes, which no kept report answer reads");
    }

    private long dataVersion() throws SQLException {
        try (Connection db = connect();
                PreparedStatement select = db.prepareStatement("SELECT version FROM site_data_versions WHERE site = ?")) {
            select.setString(1, site);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}
