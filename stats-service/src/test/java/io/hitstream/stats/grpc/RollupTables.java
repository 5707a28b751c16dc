package io.hitstream.stats.grpc;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads one site's rows of the test database over JDBC, each row as one "|"-separated line, in code point order of keys. */
public final class RollupTables {
    /** What {@link #everything} reads of a site nothing was written for. */
    static final List<List<String>> NOTHING = List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    private RollupTables() {
    }

    static List<String> site(String site) {
        return rows("SELECT site, time_zone FROM site WHERE site = ?", site, 2);
    }

    static List<String> ledger(String site) {
        return rows("SELECT host, file_id, committed_offset FROM stream_ledger WHERE site = ?"
                + " ORDER BY host COLLATE \"C\", file_id COLLATE \"C\"", site, 3);
    }

    static List<String> hourly(String site) {
        return rows("SELECT hour_start, local_date, hits, bytes, status_2xx, status_3xx, status_4xx, status_5xx,"
                + " status_other FROM hourly_totals WHERE site = ? ORDER BY hour_start", site, 9);
    }

    static List<String> hourlyPagesAndCrawlerHits(String site) {
        return rows("SELECT hour_start, pages, crawler_hits FROM hourly_totals WHERE site = ? ORDER BY hour_start",
                site, 3);
    }

    static List<String> urlHits(String site) {
        return dailyCounts(site, "URL");
    }

    static List<String> clientDomainHits(String site) {
        return dailyCounts(site, "CLIENT_DOMAIN");
    }

    private static List<String> dailyCounts(String site, String dimension) {
        return rows("SELECT local_date, key, hits FROM daily_counts WHERE site = ? AND dimension = '" + dimension + "'"
                + " ORDER BY local_date, key COLLATE \"C\"", site, 3);
    }

    /** Every counted key of a grain's table, all counters, by dimension, period and key. */
    static List<String> counts(String site, String table, String period) {
        return rows("SELECT dimension, " + period + ", key, key2, hits, bytes, status_2xx, status_3xx, status_4xx,"
                + " status_5xx, slow, latency_sum_micros, latency_count FROM " + table + " WHERE site = ?"
                + " ORDER BY dimension, " + period + ", key COLLATE \"C\", key2 COLLATE \"C\"", site, 13);
    }

    /** The sketches' keys, by key. */
    static List<String> sketchKeys(String site) {
        return rows("SELECT kind, grain, local_date, period_start, key FROM sketches WHERE site = ?"
                + " ORDER BY kind, grain, period_start, key COLLATE \"C\"", site, 5);
    }

    /** The data of one sketch row. */
    static byte[] sketch(String site, String kind, String grain, String key) {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection connection = PostgresServer.fromEnvironment().connect(database);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT data FROM sketches WHERE site = ? AND kind = ? AND grain = ? AND key = ?")) {
            statement.setString(1, site);
            statement.setString(2, kind);
            statement.setString(3, grain);
            statement.setString(4, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rejections(String site) {
        return rows("SELECT reason, lines, sample FROM rejections WHERE site = ? ORDER BY reason COLLATE \"C\"",
                site, 3);
    }

    static List<String> lineRepairs(String site) {
        return rows("SELECT reason, lines, sample FROM line_repairs WHERE site = ? ORDER BY reason COLLATE \"C\"",
                site, 3);
    }

    /** The samples kept, oldest first per reason. */
    static List<String> rejectionSamples(String site) {
        return rows("SELECT reason, sample FROM rejection_samples WHERE site = ? ORDER BY reason COLLATE \"C\", id",
                site, 2);
    }

    static List<String> repairSamples(String site) {
        return rows("SELECT reason, sample FROM repair_samples WHERE site = ? ORDER BY reason COLLATE \"C\", id", site, 2);
    }

    /** The site's data version, none before its first change. */
    static List<String> dataVersion(String site) {
        return rows("SELECT version FROM site_data_versions WHERE site = ?", site, 1);
    }

    /** Every row of the site in every table, to show that a call changed nothing. */
    static List<List<String>> everything(String site) {
        return List.of(site(site), ledger(site), hourly(site), counts(site, "daily_counts", "local_date"),
                counts(site, "hourly_counts", "hour_start"), counts(site, "minute_counts", "minute_start"),
                sketchKeys(site), rejections(site), lineRepairs(site), rejectionSamples(site), repairSamples(site));
    }

    /** The rows a query with the site as its one parameter answers, each as its first columns "|"-separated. */
    public static List<String> rows(String sql, String site, int columns) {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection connection = PostgresServer.fromEnvironment().connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, site);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(line(result, columns));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String line(ResultSet result, int columns) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
            Object value = result.getObject(column);
            values.add(value instanceof Timestamp
                    ? result.getObject(column, OffsetDateTime.class).toInstant().toString()
                    : String.valueOf(value));
        }
        return String.join("|", values);
    }
}
