package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.KeyCount;
import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.sketch.VisitorSketch;
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

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class RollupReaderTest {
    private static final DateRange FIRST_TWO_DAYS = new DateRange(LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-02"));

    @Inject
    RollupReader reader;

    private String site;

    @BeforeEach
    void site() {
        site = "reader-" + UUID.randomUUID() + ".example.org";
    }

    private Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }

    private void count(String dimension, String date, String key, String key2, long hits, long bytes)
            throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO daily_counts"
                + " (site, dimension, local_date, key, key2, hits, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, site);
            insert.setString(2, dimension);
            insert.setObject(3, LocalDate.parse(date));
            insert.setString(4, key);
            insert.setString(5, key2);
            insert.setLong(6, hits);
            insert.setLong(7, bytes);
            insert.executeUpdate();
        }
    }

    /** A day's visitor sketch of visitors numbered from first to last. */
    private void visitors(String date, int first, int last) throws SQLException {
        VisitorSketch sketch = VisitorSketch.empty();
        for (int visitor = first; visitor <= last; visitor++) {
            sketch.add("198.51.100." + visitor, "Mozilla/5.0");
        }
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO sketches"
                + " (site, kind, grain, local_date, period_start, key, data)"
                + " VALUES (?, 'VISITORS', 'DAY', ?, ?::date, '', ?)")) {
            insert.setString(1, site);
            insert.setObject(2, LocalDate.parse(date));
            insert.setString(3, date);
            insert.setBytes(4, sketch.toBytes());
            insert.executeUpdate();
        }
    }

    @Test
    void topKeysOfADimensionAddUpTheRangesDaysByKeyAndSecondKey() throws SQLException {
        count("NOT_FOUND_FROM", "2026-11-01", "/gone", "/links", 2, 0);
        count("NOT_FOUND_FROM", "2026-11-02", "/gone", "/links", 3, 0);
        count("NOT_FOUND_FROM", "2026-11-02", "/gone", "/blog", 5, 0);
        count("NOT_FOUND_FROM", "2026-11-02", "/old", "/", 1, 0);
        count("NOT_FOUND_FROM", "2026-11-03", "/old", "/", 9, 0);
        count("NOT_FOUND_URL", "2026-11-01", "/gone", "", 7, 0);

        List<KeyCount> top = reader.topKeys(site, Dimension.NOT_FOUND_FROM, FIRST_TWO_DAYS, 10).await().indefinitely();

        assertEquals(List.of(new KeyCount("/gone", "/blog", 5, 0), new KeyCount("/gone", "/links", 5, 0),
                new KeyCount("/old", "/", 1, 0)), top);
    }

    @Test
    void topKeysStopAtTheLimitWithBytes() throws SQLException {
        count("METHOD", "2026-11-01", "GET", "", 10, 1000);
        count("METHOD", "2026-11-02", "POST", "", 4, 40);
        count("METHOD", "2026-11-02", "HEAD", "", 1, 0);

        assertEquals(List.of(new KeyCount("GET", "", 10, 1000), new KeyCount("POST", "", 4, 40)),
                reader.topKeys(site, Dimension.METHOD, FIRST_TWO_DAYS, 2).await().indefinitely());
    }

    @Test
    void visitorsOfARangeAreTheUnionOfItsDays() throws SQLException {
        visitors("2026-11-01", 1, 30);
        visitors("2026-11-02", 21, 50);
        visitors("2026-11-03", 100, 140);

        assertEquals(50, reader.visitors(site, FIRST_TWO_DAYS).await().indefinitely());
    }

    @Test
    void rangeWithoutVisitorSketchesHasNoVisitors() {
        assertEquals(0, reader.visitors(site, FIRST_TWO_DAYS).await().indefinitely());
    }
}
