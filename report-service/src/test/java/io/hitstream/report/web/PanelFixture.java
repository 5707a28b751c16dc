package io.hitstream.report.web;

import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The panels' part of {@link RollupFixture}, all on www.example.org (UTC), idempotent like it.
 *
 * <p>/index.html has bytes and a logged latency (10 calls, 1.6 s in all), /b bytes only; three browsers, one a
 * hostile user agent; three referrers, one a {@code javascript:} URL; bad links from two pages of the site;
 * two redirects; two web hosts; request groups "api" (8 calls, 2 slow, latencies 1 to 8 ms) and "static" (no
 * latency logged); pattern counters "campaign" (3 hits on 2026-11-01, 2 on 2026-11-02) and "login" (4 on
 * 2026-11-02); visitors a, b, c on 2026-11-01 and b, c, d, e on 2026-11-02.
 */
final class PanelFixture {
    /** Would retitle the page if it ever ran. */
    static final String UA_PAYLOAD = "<img src=x onerror=document.title='pwned'>";
    static final String REFERRER_PAYLOAD = "javascript:alert(document.domain)";
    static final String SEARCH_REFERRER = "https://search.example/?q=hitstream&lang=en";
    static final String BLOG = "https://www.example.org/blog";
    static final String LINKS = "https://www.example.org/links";

    private PanelFixture() {
    }

    static void load(Connection db) throws SQLException {
        urlDetails(db);
        String sql = "INSERT INTO daily_counts (site, dimension, local_date, key, key2, hits, bytes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            counted(insert, "BROWSER", "2026-11-01", "Firefox", "", 6, 600);
            counted(insert, "BROWSER", "2026-11-01", "Chrome", "", 4, 400);
            counted(insert, "BROWSER", "2026-11-01", UA_PAYLOAD, "", 2, 0);
            counted(insert, "BROWSER", "2026-11-02", "Chrome", "", 9, 900);
            counted(insert, "REFERRER_URL", "2026-11-01", SEARCH_REFERRER, "", 3, 0);
            counted(insert, "REFERRER_URL", "2026-11-01", REFERRER_PAYLOAD, "", 2, 0);
            counted(insert, "REFERRER_URL", "2026-11-02", SEARCH_REFERRER, "", 1, 0);
            counted(insert, "NOT_FOUND_FROM", "2026-11-01", "/gone", BLOG, 3, 0);
            counted(insert, "NOT_FOUND_FROM", "2026-11-01", "/old", BLOG, 1, 0);
            counted(insert, "NOT_FOUND_FROM", "2026-11-02", "/gone", LINKS, 2, 0);
            counted(insert, "REDIRECT_URL", "2026-11-02", "/old-page", "301", 4, 0);
            counted(insert, "REDIRECT_URL", "2026-11-04", "/moved", "302", 1, 0);
            counted(insert, "WEB_HOST", "2026-11-01", "web-1", "", 15, 1500);
            counted(insert, "WEB_HOST", "2026-11-02", "web-2", "", 20, 2048);
            counted(insert, "METHOD", "2026-11-01", "GET", "", 13, 1300);
            counted(insert, "METHOD", "2026-11-01", "POST", "", 2, 200);
            counted(insert, "METHOD", "2026-11-02", "GET", "", 20, 2048);
            counted(insert, "SIZE_BIN", "2026-11-01", "0-3k", "", 12, 1200);
            counted(insert, "SIZE_BIN", "2026-11-01", "3-10k", "", 3, 15000);
            counted(insert, "SIZE_BIN", "2026-11-02", "0-3k", "", 20, 2048);
            counted(insert, "NOT_FOUND_URL", "2026-11-01", "/gone", "", 3, 0);
            counted(insert, "NOT_FOUND_URL", "2026-11-01", "/old", "", 1, 0);
            counted(insert, "NOT_FOUND_URL", "2026-11-02", "/gone", "", 2, 0);
            insert.executeBatch();
        }
        requestGroups(db);
        patterns(db);
        sketches(db);
    }

    /** Sets bytes and latencies on URL rows RollupFixture counted. */
    private static void urlDetails(Connection db) throws SQLException {
        String sql = "UPDATE daily_counts SET bytes = ?, latency_sum_micros = ?, latency_count = ?"
                + " WHERE site = ? AND dimension = 'URL' AND local_date = ? AND key = ?";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            url(update, "2026-11-01", "/index.html", 6000, 1_200_000, 6);
            url(update, "2026-11-02", "/index.html", 4000, 400_000, 4);
            url(update, "2026-11-02", "/b", 5000, 0, 0);
            update.executeBatch();
        }
    }

    private static void url(PreparedStatement update, String date, String url, long bytes, long latencySum,
            long latencyCount) throws SQLException {
        update.setLong(1, bytes);
        update.setLong(2, latencySum);
        update.setLong(3, latencyCount);
        update.setString(4, RollupFixture.WWW);
        update.setObject(5, LocalDate.parse(date));
        update.setString(6, url);
        update.addBatch();
    }

    private static void counted(PreparedStatement insert, String dimension, String date, String key, String key2,
            long hits, long bytes) throws SQLException {
        insert.setString(1, RollupFixture.WWW);
        insert.setString(2, dimension);
        insert.setObject(3, LocalDate.parse(date));
        insert.setString(4, key);
        insert.setString(5, key2);
        insert.setLong(6, hits);
        insert.setLong(7, bytes);
        insert.addBatch();
    }

    private static void requestGroups(Connection db) throws SQLException {
        String sql = "INSERT INTO hourly_counts (site, dimension, hour_start, local_date, key, hits, slow,"
                + " latency_sum_micros, latency_count) VALUES (?, 'REQUEST_GROUP', ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            group(insert, "2026-11-01T00:00:00Z", "2026-11-01", "api", 8, 2, 36_000, 8);
            group(insert, "2026-11-02T09:00:00Z", "2026-11-02", "static", 5, 0, 0, 0);
            insert.executeBatch();
        }
    }

    private static void patterns(Connection db) throws SQLException {
        String sql = "INSERT INTO hourly_counts (site, dimension, hour_start, local_date, key, hits, bytes)"
                + " VALUES (?, 'PATTERN', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            pattern(insert, "2026-11-01T00:00:00Z", "2026-11-01", "campaign", 3, 300);
            pattern(insert, "2026-11-02T09:00:00Z", "2026-11-02", "campaign", 2, 200);
            pattern(insert, "2026-11-02T09:00:00Z", "2026-11-02", "login", 4, 0);
            insert.executeBatch();
        }
    }

    private static void pattern(PreparedStatement insert, String hour, String date, String name, long hits,
            long bytes) throws SQLException {
        insert.setString(1, RollupFixture.WWW);
        insert.setTimestamp(2, Timestamp.from(Instant.parse(hour)));
        insert.setObject(3, LocalDate.parse(date));
        insert.setString(4, name);
        insert.setLong(5, hits);
        insert.setLong(6, bytes);
        insert.addBatch();
    }

    private static void group(PreparedStatement insert, String hour, String date, String group, long calls,
            long slow, long latencySum, long latencyCount) throws SQLException {
        insert.setString(1, RollupFixture.WWW);
        insert.setTimestamp(2, Timestamp.from(Instant.parse(hour)));
        insert.setObject(3, LocalDate.parse(date));
        insert.setString(4, group);
        long[] counts = {calls, slow, latencySum, latencyCount};
        for (int i = 0; i < counts.length; i++) {
            insert.setLong(5 + i, counts[i]);
        }
        insert.addBatch();
    }

    private static void sketches(Connection db) throws SQLException {
        LatencySketch api = LatencySketch.empty();
        for (long micros = 1000; micros <= 8000; micros += 1000) {
            api.add(micros);
        }
        String sql = "INSERT INTO sketches (site, kind, grain, local_date, period_start, key, data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            sketch(insert, "LATENCY", "HOUR", "2026-11-01", "api", api.toBytes());
            sketch(insert, "VISITORS", "DAY", "2026-11-01", "", visitors("a", "b", "c"));
            sketch(insert, "VISITORS", "DAY", "2026-11-02", "", visitors("b", "c", "d", "e"));
            insert.executeBatch();
        }
    }

    private static byte[] visitors(String... addresses) {
        VisitorSketch sketch = VisitorSketch.empty();
        for (String address : addresses) {
            sketch.add(address, "Firefox");
        }
        return sketch.toBytes();
    }

    private static void sketch(PreparedStatement insert, String kind, String grain, String date, String key,
            byte[] data) throws SQLException {
        insert.setString(1, RollupFixture.WWW);
        insert.setString(2, kind);
        insert.setString(3, grain);
        insert.setObject(4, LocalDate.parse(date));
        insert.setTimestamp(5, Timestamp.from(Instant.parse(date + "T00:00:00Z")));
        insert.setString(6, key);
        insert.setBytes(7, data);
        insert.addBatch();
    }
}
