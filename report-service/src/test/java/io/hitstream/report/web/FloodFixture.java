package io.hitstream.report.web;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The rollups of flood.example.org (UTC), a site whose URLs and client domains went past the daily bound of
 * distinct keys, with rejected and repaired lines whose samples are hostile; inserted once, written as stats-service
 * would, into a database of its own (no other site is in it).
 *
 * <p>Days 2026-11-01 to 03. URLs: "/a" 8, 4 and 5 hits; "(other)" 12 hits (1,200 bytes) on the 1st and 6 (600) on
 * the 2nd, each also counted as OVERFLOW|URL. Client domains: example.net 20 and 9 hits; "(other)" 3 hits (30 bytes)
 * on the 2nd, also OVERFLOW|CLIENT_DOMAIN. Browsers: Firefox, never past the bound. Rejected lines, all on the 1st:
 * not_matching_format 7 with two kept samples, bad_timestamp 2 and too_long 2 with none kept. Repaired lines:
 * quote_repaired 3, field_truncated 3 and a third reason of 1 line, on the 1st too.
 */
final class FloodFixture {
    static final String FLOOD = "flood.example.org";
    /** A rejected line that would run script and break out of an attribute if it were not escaped. */
    static final String HOSTILE_SAMPLE = "<script>alert(\"x\")</script> 'quoted' & \"more\"";
    /** Newer than HOSTILE_SAMPLE: a spreadsheet would run it as a formula. */
    static final String FORMULA_SAMPLE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String AT_SAMPLE = "@SUM(1+1)";
    static final String TAB_SAMPLE = "\tGET / HTTP/1.1";
    static final String PLUS_SAMPLE = "+1 \"GET /x HTTP/1.1\"";
    static final String MINUS_SAMPLE = "-2 \"GET /y HTTP/1.1\"";
    static final String PLAIN_SAMPLE = "192.0.2.1 - - \"GET / HTTP/1.1\" 200 1";

    private static final String COUNTER = "INSERT INTO %s (site, reason, lines, sample) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";

    private FloodFixture() {
    }

    /** Inserts the fixture unless it is there already; every test class calls it, in any order. */
    static void load() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection db = PostgresServer.fromEnvironment().connect(database)) {
            db.setAutoCommit(false);
            try (PreparedStatement site = db.prepareStatement(
                    "INSERT INTO site (site, time_zone, first_seen) VALUES (?, 'UTC', ?) ON CONFLICT DO NOTHING")) {
                site.setString(1, FLOOD);
                site.setTimestamp(2, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
                site.executeUpdate();
            }
            hours(db);
            keys(db);
            rejections(db);
            repairs(db);
            DataVersions.moveAll(db);
            db.commit();
        }
    }

    private static void hours(Connection db) throws SQLException {
        String sql = "INSERT INTO hourly_totals (site, hour_start, local_date, hits, bytes, status_2xx, status_3xx,"
                + " status_4xx, status_5xx, status_other, pages, crawler_hits)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, 0) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            hour(insert, "2026-11-01", 20, 2000);
            hour(insert, "2026-11-02", 10, 1000);
            hour(insert, "2026-11-03", 5, 500);
            insert.executeBatch();
        }
    }

    private static void hour(PreparedStatement insert, String date, long hits, long bytes) throws SQLException {
        insert.setString(1, FLOOD);
        insert.setTimestamp(2, Timestamp.from(Instant.parse(date + "T10:00:00Z")));
        insert.setObject(3, LocalDate.parse(date));
        insert.setLong(4, hits);
        insert.setLong(5, bytes);
        insert.setLong(6, hits);
        insert.setLong(7, hits);
        insert.addBatch();
    }

    private static void keys(Connection db) throws SQLException {
        String sql = "INSERT INTO daily_counts (site, dimension, local_date, key, key2, hits, bytes)"
                + " VALUES (?, ?, ?, ?, '', ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            counted(insert, "URL", "2026-11-01", "/a", 8, 800);
            counted(insert, "URL", "2026-11-01", "(other)", 12, 1200);
            counted(insert, "OVERFLOW", "2026-11-01", "URL", 12, 1200);
            counted(insert, "URL", "2026-11-02", "/a", 4, 400);
            counted(insert, "URL", "2026-11-02", "(other)", 6, 600);
            counted(insert, "OVERFLOW", "2026-11-02", "URL", 6, 600);
            counted(insert, "URL", "2026-11-03", "/a", 5, 500);
            counted(insert, "CLIENT_DOMAIN", "2026-11-01", "example.net", 20, 2000);
            counted(insert, "CLIENT_DOMAIN", "2026-11-02", "example.net", 7, 970);
            counted(insert, "CLIENT_DOMAIN", "2026-11-02", "(other)", 3, 30);
            counted(insert, "OVERFLOW", "2026-11-02", "CLIENT_DOMAIN", 3, 30);
            counted(insert, "BROWSER", "2026-11-01", "Firefox", 20, 2000);
            counted(insert, "REJECTION_REASON", "2026-11-01", "not_matching_format", 7, 0);
            counted(insert, "REJECTION_REASON", "2026-11-01", "too_long", 2, 0);
            counted(insert, "REJECTION_REASON", "2026-11-01", "bad_timestamp", 2, 0);
            counted(insert, "REPAIR_REASON", "2026-11-01", "quote_repaired", 3, 0);
            counted(insert, "REPAIR_REASON", "2026-11-01", "field_truncated", 3, 0);
            counted(insert, "REPAIR_REASON", "2026-11-01", "invalid_utf8", 1, 0);
            insert.executeBatch();
        }
    }

    private static void counted(PreparedStatement insert, String dimension, String date, String key, long hits,
            long bytes) throws SQLException {
        insert.setString(1, FLOOD);
        insert.setString(2, dimension);
        insert.setObject(3, LocalDate.parse(date));
        insert.setString(4, key);
        insert.setLong(5, hits);
        insert.setLong(6, bytes);
        insert.addBatch();
    }

    private static void rejections(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(COUNTER.formatted("rejections"))) {
            reason(insert, "not_matching_format", 7, FORMULA_SAMPLE);
            reason(insert, "too_long", 2, AT_SAMPLE);
            reason(insert, "bad_timestamp", 2, TAB_SAMPLE);
            insert.executeBatch();
        }
        String sql = "INSERT INTO rejection_samples (site, reason, sample) SELECT ?, 'not_matching_format', ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM rejection_samples WHERE site = ? AND sample = ?)";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (String sample : new String[] {HOSTILE_SAMPLE, FORMULA_SAMPLE}) {
                insert.setString(1, FLOOD);
                insert.setString(2, sample);
                insert.setString(3, FLOOD);
                insert.setString(4, sample);
                insert.executeUpdate();
            }
        }
    }

    private static void repairs(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(COUNTER.formatted("line_repairs"))) {
            reason(insert, "quote_repaired", 3, PLUS_SAMPLE);
            reason(insert, "field_truncated", 3, MINUS_SAMPLE);
            reason(insert, "invalid_utf8", 1, PLAIN_SAMPLE);
            insert.executeBatch();
        }
    }

    private static void reason(PreparedStatement insert, String reason, long lines, String sample)
            throws SQLException {
        insert.setString(1, FLOOD);
        insert.setString(2, reason);
        insert.setLong(3, lines);
        insert.setString(4, sample);
        insert.addBatch();
    }
}
