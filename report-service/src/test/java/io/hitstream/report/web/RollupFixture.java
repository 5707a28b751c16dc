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
 * The rollups every report test reads, written as stats-service would, inserted once into the test database.
 *
 * <p>www.example.org (UTC) has data on 2026-11-01, 02, 04, 05 and 07; twelve URLs whose ranking has ties around
 * the tenth place and between upper- and lower-case names; client domains with a tie; two rejection reasons with
 * hostile samples, the one with six sample lines kept (of which the report shows the newest five), the other with
 * none (rows older than kept samples), counted by day: not_matching_format 1 on the 1st
 * and 2 on the 5th, bad_timestamp 2 on the 2nd; one repair reason with hostile samples, 4 lines on the 4th.
 * shop.example.org (Europe/Zurich) has one day. A site whose name needs escaping has no data.
 */
final class RollupFixture {
    static final String WWW = "www.example.org";
    static final String SHOP = "shop.example.org";
    static final String QUIET = "<quiet> & \"co\"";
    static final String SCRIPT_URL = "/<script>alert(1)</script>";
    static final String AGENT_SAMPLE = "203.0.113.9 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 12 \"-\" "
            + "\"Mozilla/5.0 \\\"><img src=x onerror=alert(1)>\"";
    static final String TIMESTAMP_SAMPLE = "198.51.100.4 - - [99/Nov/2026:25:61:00 +0000] \"GET / HTTP/1.1\" 200 1";
    /** The older not_matching_format samples, oldest first; AGENT_SAMPLE came after them. */
    static final String[] OLDER_JUNK = {"junk 1", "junk 2", "junk 3", "junk 4", "junk 5"};
    static final String REPAIR_SAMPLE = "192.0.2.8 - - [01/Nov/2026:10:00:00 +0000] \"GET /<b>x</b> HTTP/1.1\" 200 1 \"-\" \"a \"b\"";
    static final String OLDER_REPAIR_SAMPLE = "192.0.2.8 - - [01/Nov/2026:09:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"c \"d\"";

    private RollupFixture() {
    }

    /** Inserts the fixture unless it is there already; every test class calls it, in any order. */
    static void load() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection db = PostgresServer.fromEnvironment().connect(database)) {
            db.setAutoCommit(false);
            sites(db);
            hours(db);
            urls(db);
            domains(db);
            PanelFixture.load(db);
            rejections(db);
            samples(db, "rejection_samples", "not_matching_format", OLDER_JUNK[0], OLDER_JUNK[1], OLDER_JUNK[2],
                    OLDER_JUNK[3], OLDER_JUNK[4], AGENT_SAMPLE);
            repairs(db);
            reasonDays(db);
            samples(db, "repair_samples", "quote_repaired", OLDER_REPAIR_SAMPLE, REPAIR_SAMPLE);
            DataVersions.moveAll(db);
            db.commit();
        }
    }

    private static void sites(Connection db) throws SQLException {
        String sql = "INSERT INTO site (site, time_zone, first_seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            site(insert, WWW, "UTC", "2026-11-01T00:00:00Z");
            site(insert, SHOP, "Europe/Zurich", "2026-11-02T23:00:00Z");
            // 23:30 UTC is already the next day in Zurich: the summary's default day must be the local one.
            site(insert, QUIET, "Europe/Zurich", "2026-10-15T23:30:00Z");
            insert.executeBatch();
        }
    }

    private static void site(PreparedStatement insert, String site, String zone, String firstSeen) throws SQLException {
        insert.setString(1, site);
        insert.setString(2, zone);
        insert.setTimestamp(3, Timestamp.from(Instant.parse(firstSeen)));
        insert.addBatch();
    }

    private static void hours(Connection db) throws SQLException {
        String sql = "INSERT INTO hourly_totals (site, hour_start, local_date, hits, bytes, status_2xx, status_3xx,"
                + " status_4xx, status_5xx, status_other, pages, crawler_hits)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            hour(insert, WWW, "2026-11-01T00:00:00Z", "2026-11-01", 10, 1000, 8, 1, 1, 0, 0, 6, 2);
            hour(insert, WWW, "2026-11-01T13:00:00Z", "2026-11-01", 5, 500, 5, 0, 0, 0, 0, 3, 0);
            hour(insert, WWW, "2026-11-02T09:00:00Z", "2026-11-02", 20, 2048, 15, 2, 2, 1, 0, 12, 5);
            hour(insert, WWW, "2026-11-04T10:00:00Z", "2026-11-04", 7, 700, 6, 0, 0, 0, 1, 4, 1);
            hour(insert, WWW, "2026-11-05T23:00:00Z", "2026-11-05", 3, 300, 0, 0, 3, 0, 0, 2, 0);
            hour(insert, WWW, "2026-11-07T12:00:00Z", "2026-11-07", 1, 1234567, 1, 0, 0, 0, 0, 1, 0);
            hour(insert, SHOP, "2026-11-02T23:00:00Z", "2026-11-03", 2, 20, 2, 0, 0, 0, 0, 2, 0);
            insert.executeBatch();
        }
    }

    private static void hour(PreparedStatement insert, String site, String start, String date, long hits, long bytes,
            long s2xx, long s3xx, long s4xx, long s5xx, long other, long pages, long crawlerHits) throws SQLException {
        insert.setString(1, site);
        insert.setTimestamp(2, Timestamp.from(Instant.parse(start)));
        insert.setObject(3, LocalDate.parse(date));
        long[] counts = {hits, bytes, s2xx, s3xx, s4xx, s5xx, other, pages, crawlerHits};
        for (int i = 0; i < counts.length; i++) {
            insert.setLong(4 + i, counts[i]);
        }
        insert.addBatch();
    }

    private static void urls(Connection db) throws SQLException {
        String sql = "INSERT INTO daily_counts (site, local_date, key, hits, dimension) VALUES (?, ?, ?, ?, 'URL')"
                + " ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            daily(insert, WWW, "2026-11-01", "/index.html", 6);
            daily(insert, WWW, "2026-11-01", "/Zebra", 5);
            daily(insert, WWW, "2026-11-01", "/a", 2);
            daily(insert, WWW, "2026-11-01", SCRIPT_URL, 4);
            daily(insert, WWW, "2026-11-01", "/f", 1);
            daily(insert, WWW, "2026-11-01", "/g", 1);
            daily(insert, WWW, "2026-11-02", "/index.html", 4);
            daily(insert, WWW, "2026-11-02", "/a", 3);
            daily(insert, WWW, "2026-11-02", "/b", 5);
            daily(insert, WWW, "2026-11-02", "/h", 1);
            daily(insert, WWW, "2026-11-04", "/c", 3);
            daily(insert, WWW, "2026-11-04", "/d", 2);
            daily(insert, WWW, "2026-11-05", "/e", 2);
            daily(insert, WWW, "2026-11-05", "/i", 1);
            daily(insert, SHOP, "2026-11-03", "/cart", 2);
            insert.executeBatch();
        }
    }

    private static void domains(Connection db) throws SQLException {
        String sql = "INSERT INTO daily_counts (site, local_date, key, hits, dimension)"
                + " VALUES (?, ?, ?, ?, 'CLIENT_DOMAIN') ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            daily(insert, WWW, "2026-11-01", "example.net", 9);
            daily(insert, WWW, "2026-11-01", "203.0.113.7", 6);
            daily(insert, WWW, "2026-11-02", "example.com", 12);
            daily(insert, WWW, "2026-11-02", "example.net", 3);
            daily(insert, WWW, "2026-11-04", "isp.example", 7);
            daily(insert, WWW, "2026-11-05", "isp.example", 3);
            daily(insert, SHOP, "2026-11-03", "example.net", 2);
            insert.executeBatch();
        }
    }

    /** The rejected and repaired lines of www by day: their counters' totals. */
    private static void reasonDays(Connection db) throws SQLException {
        String sql = "INSERT INTO daily_counts (site, local_date, key, hits, dimension)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            reasonDay(insert, "REJECTION_REASON", "2026-11-01", "not_matching_format", 1);
            reasonDay(insert, "REJECTION_REASON", "2026-11-05", "not_matching_format", 2);
            reasonDay(insert, "REJECTION_REASON", "2026-11-02", "bad_timestamp", 2);
            reasonDay(insert, "REPAIR_REASON", "2026-11-04", "quote_repaired", 4);
            insert.executeBatch();
        }
    }

    private static void reasonDay(PreparedStatement insert, String dimension, String date, String reason, long lines)
            throws SQLException {
        insert.setString(5, dimension);
        daily(insert, WWW, date, reason, lines);
    }

    private static void daily(PreparedStatement insert, String site, String date, String key, long hits)
            throws SQLException {
        insert.setString(1, site);
        insert.setObject(2, LocalDate.parse(date));
        insert.setString(3, key);
        insert.setLong(4, hits);
        insert.addBatch();
    }

    private static void rejections(Connection db) throws SQLException {
        String sql = "INSERT INTO rejections (site, reason, lines, sample) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            rejection(insert, "not_matching_format", 3, AGENT_SAMPLE);
            rejection(insert, "bad_timestamp", 2, TIMESTAMP_SAMPLE);
            insert.executeBatch();
        }
    }

    private static void rejection(PreparedStatement insert, String reason, long lines, String sample)
            throws SQLException {
        insert.setString(1, WWW);
        insert.setString(2, reason);
        insert.setLong(3, lines);
        insert.setString(4, sample);
        insert.addBatch();
    }

    private static void repairs(Connection db) throws SQLException {
        String sql = "INSERT INTO line_repairs (site, reason, lines, sample) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            rejection(insert, "quote_repaired", 4, REPAIR_SAMPLE);
            insert.executeBatch();
        }
    }

    /** Adds the samples of a reason of www, oldest first, unless the reason has samples already. */
    private static void samples(Connection db, String table, String reason, String... samples) throws SQLException {
        String sql = "INSERT INTO " + table + " (site, reason, sample) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE site = ? AND reason = ? AND sample = ?)";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (String sample : samples) {
                insert.setString(1, WWW);
                insert.setString(2, reason);
                insert.setString(3, sample);
                insert.setString(4, WWW);
                insert.setString(5, reason);
                insert.setString(6, sample);
                insert.executeUpdate();
            }
        }
    }
}
