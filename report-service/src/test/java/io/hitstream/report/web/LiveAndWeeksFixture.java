package io.hitstream.report.web;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The rollups of the live page's and the weekly archive's tests, in the database of {@link WeeklyProfile}.
 *
 * <p>shop.example.org (Europe/Zurich) has section minutes around {@link #LIVE_NOW} (/blog 10, /shop 8, a hostile
 * section 1 in the window; rows just before and after it), an open traffic alert, a recovered one and an open
 * error-rate one; and 3 hits in the hour that starts its local Monday 2026-11-09 (Sunday 23:00 UTC).
 * www.example.org (UTC) has two weeks: 2026-11-02 to 08 (25 hits, top URLs, referrers, client domains and bad links
 * from two pages, hostile ones among them) and 2026-11-09 to 15 (7 hits, one bad link).
 */
final class LiveAndWeeksFixture {
    static final String WWW = "www.example.org";
    static final String SHOP = "shop.example.org";
    static final Instant LIVE_NOW = Instant.parse("2026-11-10T10:05:30Z");
    static final String HOSTILE_SECTION = "/<b>x</b>";
    static final String SCRIPT_404 = "/<script>alert(1)</script>";
    static final String HEADER_404 = "/a\r\nBcc: evil@example.org";
    static final String SCRIPT_REFERRER = "https://blog.example.net/<script>";

    private LiveAndWeeksFixture() {
    }

    /** Inserts the fixture unless it is there already, and empties the archive and the mail record. */
    static void load() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection db = PostgresServer.fromEnvironment().connect(database)) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("DELETE FROM report_archive");
                statement.executeUpdate("DELETE FROM bad_links_mail");
            }
            sites(db);
            sectionMinutes(db);
            alerts(db);
            hours(db);
            counts(db);
            DataVersions.moveAll(db);
            db.commit();
        }
    }

    /** How many snapshots the archive keeps. */
    static long archivedWeeks() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection db = PostgresServer.fromEnvironment().connect(database);
                Statement statement = db.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM report_archive")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sites(Connection db) throws SQLException {
        insert(db, "INSERT INTO site (site, time_zone, first_seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                new Object[] {WWW, "UTC", at("2026-11-02T09:00:00Z")},
                new Object[] {SHOP, "Europe/Zurich", at("2026-11-08T23:00:00Z")});
    }

    private static void sectionMinutes(Connection db) throws SQLException {
        insert(db, "INSERT INTO minute_counts (site, dimension, minute_start, key, hits) VALUES (?, 'SECTION', ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                new Object[] {SHOP, at("2026-11-10T09:55:00Z"), "/blog", 100L},
                new Object[] {SHOP, at("2026-11-10T09:56:00Z"), "/blog", 3L},
                new Object[] {SHOP, at("2026-11-10T10:00:00Z"), "/blog", 5L},
                new Object[] {SHOP, at("2026-11-10T10:05:00Z"), "/blog", 2L},
                new Object[] {SHOP, at("2026-11-10T10:01:00Z"), "/shop", 4L},
                new Object[] {SHOP, at("2026-11-10T10:04:00Z"), "/shop", 4L},
                new Object[] {SHOP, at("2026-11-10T10:02:00Z"), HOSTILE_SECTION, 1L},
                new Object[] {SHOP, at("2026-11-10T10:06:00Z"), "/shop", 50L});
    }

    private static void alerts(Connection db) throws SQLException {
        insert(db, "INSERT INTO alerts (site, rule, raised_at, state, value, threshold, window_minutes, recovered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 2, ?) ON CONFLICT DO NOTHING",
                new Object[] {SHOP, "traffic", at("2026-11-10T08:00:00Z"), "RECOVERED", 900.0, 600.0,
                        at("2026-11-10T08:10:00Z")},
                new Object[] {SHOP, "traffic", at("2026-11-10T10:02:00Z"), "RAISED", 1100.0, 600.0, null},
                new Object[] {SHOP, "error_rate", at("2026-11-10T10:03:00Z"), "RAISED", 12.5, 5.0, null});
    }

    private static void hours(Connection db) throws SQLException {
        insert(db, "INSERT INTO hourly_totals (site, hour_start, local_date, hits, bytes, status_2xx, status_3xx,"
                        + " status_4xx, status_5xx, status_other) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"
                        + " ON CONFLICT DO NOTHING",
                new Object[] {WWW, at("2026-11-02T09:00:00Z"), day("2026-11-02"), 20L, 2000L, 15L, 1L, 4L},
                new Object[] {WWW, at("2026-11-08T23:00:00Z"), day("2026-11-08"), 5L, 500L, 5L, 0L, 0L},
                new Object[] {WWW, at("2026-11-10T12:00:00Z"), day("2026-11-10"), 7L, 700L, 5L, 0L, 2L},
                new Object[] {SHOP, at("2026-11-08T23:00:00Z"), day("2026-11-09"), 3L, 30L, 3L, 0L, 0L});
    }

    private static void counts(Connection db) throws SQLException {
        insert(db, "INSERT INTO daily_counts (site, dimension, local_date, key, key2, hits) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                new Object[] {WWW, "URL", day("2026-11-02"), "/index.html", "", 12L},
                new Object[] {WWW, "URL", day("2026-11-02"), "/about", "", 8L},
                new Object[] {WWW, "URL", day("2026-11-08"), "/index.html", "", 5L},
                new Object[] {WWW, "URL", day("2026-11-10"), "/news", "", 7L},
                new Object[] {WWW, "CLIENT_DOMAIN", day("2026-11-02"), "example.net", "", 20L},
                new Object[] {WWW, "CLIENT_DOMAIN", day("2026-11-08"), "isp.example", "", 5L},
                new Object[] {WWW, "REFERRER_URL", day("2026-11-02"), "https://search.example/results", "", 6L},
                new Object[] {WWW, "REFERRER_URL", day("2026-11-02"), SCRIPT_REFERRER, "", 2L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-02"), "/old-page", "/about", 3L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-08"), "/old-page", "/about", 1L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-02"), "/gone", "/about", 1L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-02"), SCRIPT_404, "/index.html", 2L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-02"), HEADER_404, "/index.html", 1L},
                new Object[] {WWW, "NOT_FOUND_FROM", day("2026-11-10"), "/missing", "/news", 2L});
    }

    private static void insert(Connection db, String sql, Object[]... rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
