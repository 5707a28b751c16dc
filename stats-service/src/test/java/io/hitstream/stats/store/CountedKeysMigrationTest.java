package io.hitstream.stats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V3 moves the rows of the V1 tables of URLs and client domains into daily_counts unchanged; V6.1 puts the day-less
 * rejection and repair counters there too, on the site-local day each reason was last seen.
 */
class CountedKeysMigrationTest {
    private final PostgresServer server = PostgresServer.fromEnvironment();
    private String database;

    @BeforeEach
    void create() {
        database = server.createDatabase("migration");
    }

    @AfterEach
    void drop() {
        server.dropDatabase(database);
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/rollups").target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    private List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Test
    void urlAndClientDomainHitsMoveIntoDailyCountsUnchanged() throws SQLException {
        migrateTo("2");
        try (Connection db = server.connect(database); Statement insert = db.createStatement()) {
            insert.execute("INSERT INTO daily_url_hits VALUES ('www.example.org', '2026-11-01', '/a', 7),"
                    + " ('www.example.org', '2026-11-02', '/a''; --', 3), ('shop.example.org', '2026-11-01', '/', 1)");
            insert.execute("INSERT INTO daily_client_domain_hits VALUES ('www.example.org', '2026-11-01', 'example.net', 9),"
                    + " ('www.example.org', '2026-11-01', '192.0.2.7', 2)");
        }

        migrateTo("3");

        try (Connection db = server.connect(database)) {
            assertEquals(List.of(
                    "CLIENT_DOMAIN|www.example.org|2026-11-01|192.0.2.7||2|0|0|0|0|0|0|0|0",
                    "CLIENT_DOMAIN|www.example.org|2026-11-01|example.net||9|0|0|0|0|0|0|0|0",
                    "URL|shop.example.org|2026-11-01|/||1|0|0|0|0|0|0|0|0",
                    "URL|www.example.org|2026-11-01|/a||7|0|0|0|0|0|0|0|0",
                    "URL|www.example.org|2026-11-02|/a'; --||3|0|0|0|0|0|0|0|0"), rows(db,
                    "SELECT concat_ws('|', dimension, site, local_date, key, key2, hits, bytes, status_2xx, status_3xx,"
                            + " status_4xx, status_5xx, slow, latency_sum_micros, latency_count) FROM daily_counts"
                            + " ORDER BY dimension, site COLLATE \"C\", local_date, key COLLATE \"C\""));
            assertEquals(List.of(), rows(db, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_name IN ('daily_url_hits', 'daily_client_domain_hits')"));
        }
    }

    @Test
    void rejectionAndRepairCountersLandOnTheSiteLocalDayTheirReasonWasLastSeen() throws SQLException {
        migrateTo("6");
        try (Connection db = server.connect(database); Statement insert = db.createStatement()) {
            insert.execute("INSERT INTO site VALUES ('www.example.org', 'Pacific/Auckland'), ('shop.example.org', 'UTC')");
            insert.execute("INSERT INTO rejections VALUES"
                    + " ('www.example.org', 'bad_request', 12, 'x', '2026-11-01 12:30:00+00'),"
                    + " ('shop.example.org', 'too_long', 3, 'y', '2026-11-01 12:30:00+00')");
            insert.execute("INSERT INTO line_repairs VALUES"
                    + " ('www.example.org', 'field_truncated', 4, 'z', '2026-11-02 09:00:00+00')");
        }

        migrateTo("6.1");

        try (Connection db = server.connect(database)) {
            assertEquals(List.of(
                    "REJECTION_REASON|shop.example.org|2026-11-01|too_long|3",
                    "REJECTION_REASON|www.example.org|2026-11-02|bad_request|12",
                    "REPAIR_REASON|www.example.org|2026-11-02|field_truncated|4"), rows(db,
                    "SELECT concat_ws('|', dimension, site, local_date, key, hits) FROM daily_counts"
                            + " ORDER BY dimension, site COLLATE \"C\", local_date"));
        }
    }
}
