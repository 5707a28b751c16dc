package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.KeyCount;
import io.hitstream.report.domain.KeyPage;
import io.hitstream.report.domain.KeyRow;
import io.hitstream.report.domain.Rejection;
import io.hitstream.rollups.Dimension;
import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A range read from the monthly grain where it is exact gives the numbers of its daily rows alone. The site has
 * daily rows every day from 2025-11-01 to 2026-11-30: /a 1 hit (10 bytes) a day, /b 2 hits (20 bytes) on each
 * month's first day, one rejected line a day; December 2025 to September 2026 are folded as stats folds them; then
 * March 2026 gets a late /late (5 hits, 50 bytes) and its mark; October and November are not folded.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class MonthlyGrainReadTest {
    /** Partial December and November at its edges, folded, dirty and unfolded months between. */
    private static final DateRange YEAR = new DateRange(LocalDate.parse("2025-12-10"), LocalDate.parse("2026-11-20"));
    /** Days in YEAR: 22 of December, 304 of January to October, 20 of November. */
    private static final long DAYS = 346;

    @Inject
    RollupReader reader;

    private String site;

    private Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }

    private void sql(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Folds the months from first to last as stats' fold does: their daily rows summed, recorded as folded. */
    private void fold(String first, String last) throws SQLException {
        sql("INSERT INTO monthly_counts (site, dimension, month_start, key, key2, hits, bytes, status_2xx, status_3xx,"
                + " status_4xx, status_5xx, slow, latency_sum_micros, latency_count)"
                + " SELECT site, dimension, date_trunc('month', local_date)::date, key, key2, sum(hits), sum(bytes),"
                + " sum(status_2xx), sum(status_3xx), sum(status_4xx), sum(status_5xx), sum(slow),"
                + " sum(latency_sum_micros), sum(latency_count) FROM daily_counts"
                + " WHERE site = ? AND local_date >= ?::date AND local_date < ?::date + interval '1 month'"
                + " GROUP BY 1, 2, 3, 4, 5", site, first, last);
        sql("INSERT INTO folded_months (site, month_start) SELECT ?, m::date"
                + " FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') m", site, first, last);
    }

    private void daily(String dimension, String day, String key, long hits, long bytes) throws SQLException {
        sql("INSERT INTO daily_counts (site, dimension, local_date, key, hits, bytes) VALUES (?, ?, ?::date, ?, ?, ?)",
                site, dimension, day, key, hits, bytes);
    }

    private void monthly(String month, String key, long hits) throws SQLException {
        sql("INSERT INTO monthly_counts (site, dimension, month_start, key, hits) VALUES (?, 'URL', ?::date, ?, ?)",
                site, month, key, hits);
    }

    @BeforeEach
    void year() throws SQLException {
        site = "months-" + UUID.randomUUID() + ".example.org";
        sql("INSERT INTO daily_counts (site, dimension, local_date, key, hits, bytes)"
                + " SELECT ?, 'URL', d::date, '/a', 1, 10 FROM generate_series('2025-11-01'::timestamp,"
                + " '2026-11-30'::timestamp, interval '1 day') d", site);
        sql("INSERT INTO daily_counts (site, dimension, local_date, key, hits, bytes)"
                + " SELECT ?, 'URL', d::date, '/b', 2, 20 FROM generate_series('2025-11-01'::timestamp,"
                + " '2026-11-01'::timestamp, interval '1 month') d", site);
        sql("INSERT INTO daily_counts (site, dimension, local_date, key, hits)"
                + " SELECT ?, 'REJECTION_REASON', d::date, 'bad', 1 FROM generate_series('2025-11-01'::timestamp,"
                + " '2026-11-30'::timestamp, interval '1 day') d", site);
        fold("2025-12-01", "2026-09-01");
        daily("URL", "2026-03-15", "/late", 5, 50);
        sql("INSERT INTO dirty_months (site, month_start) VALUES (?, '2026-03-01')", site);
    }

    @Test
    void topKeysOverAYearOfFoldedDirtyAndPartialMonthsAreTheDailyRowsSums() {
        List<KeyCount> top = reader.topKeys(site, Dimension.URL, YEAR, 10).await().indefinitely();

        assertEquals(List.of(new KeyCount("/a", "", DAYS, DAYS * 10), new KeyCount("/b", "", 22, 220),
                new KeyCount("/late", "", 5, 50)), top);
    }

    @Test
    void aKeyPageOverAYearOfFoldedDirtyAndPartialMonthsIsTheDailyRowsSums() {
        KeyPage page = reader.keyPage(site, Dimension.URL, YEAR, null, true, 2, 1).await().indefinitely();

        assertEquals(new KeyPage(List.of(new KeyRow("/b", "", 22, 220, 0, 0, 0),
                new KeyRow("/late", "", 5, 50, 0, 0, 0)), 3), page);
    }

    @Test
    void rejectionsOverAYearOfFoldedDirtyAndPartialMonthsAreTheDailyRowsSums() {
        assertEquals(List.of(new Rejection("bad", DAYS, "", List.of(""))),
                reader.rejections(site, YEAR).await().indefinitely());
    }

    @Test
    void aFoldedCleanMonthIsReadFromItsMonthlyRowsOnlyWhenTheRangeHoldsItWhole() throws SQLException {
        monthly("2026-01-01", "/only-monthly", 1000);

        assertEquals(new KeyCount("/only-monthly", "", 1000, 0), reader.topKeys(site, Dimension.URL,
                new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")), 1).await().indefinitely()
                .get(0));
        assertEquals(new KeyCount("/a", "", 30, 300), reader.topKeys(site, Dimension.URL,
                new DateRange(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-31")), 1).await().indefinitely()
                .get(0));
    }

    @Test
    void aDirtyMonthIsReadFromItsDailyRows() throws SQLException {
        monthly("2026-03-01", "/stale", 1000);

        List<KeyCount> top = reader.topKeys(site, Dimension.URL,
                new DateRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")), 10).await().indefinitely();

        assertEquals(List.of(new KeyCount("/a", "", 31, 310), new KeyCount("/late", "", 5, 50),
                new KeyCount("/b", "", 2, 20)), top);
    }
}
