package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.daily;
import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.periodKey;
import static io.hitstream.stats.grpc.Aggregates.sketch;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SketchKind;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.LatencySummary;
import io.hitstream.rollups.sketch.VisitorSketch;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class CountedKeysTest {
    @TestHTTPResource("/")
    URL root;

    private StatsChannel channel;
    private String site;
    private StreamId stream;

    @BeforeEach
    void open() {
        channel = new StatsChannel(root.getPort());
        site = "keys-" + UUID.randomUUID() + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    private static byte[] visitors(String... addresses) {
        VisitorSketch sketch = VisitorSketch.empty();
        for (String address : addresses) {
            sketch.add(address, "Mozilla/5.0");
        }
        return sketch.toBytes();
    }

    private static byte[] latencies(long... micros) {
        LatencySketch sketch = LatencySketch.empty();
        for (long each : micros) {
            sketch.add(each);
        }
        return sketch.toBytes();
    }

    /** One key of every grain, a deprecated URL count, a visitor sketch per day and hour, a latency sketch. */
    private PartialAggregate batch(long start, long end, String address, long latency) {
        return Aggregates.batch(stream, start, end)
                .addCountedKeys(dayKey(Dimension.DIMENSION_URL, "2026-11-01", "/a", "", 2, 200))
                .addCountedKeys(dayKey(Dimension.DIMENSION_NOT_FOUND_FROM, "2026-11-01", "/gone", "/links", 1, 0))
                .addCountedKeys(periodKey(Dimension.DIMENSION_REQUEST_GROUP, Grain.GRAIN_HOUR, "2026-11-01T10:00:00Z",
                        "api").setHits(1).setStatus5Xx(1).setSlow(1).setLatencySumMicros(latency).setLatencyCount(1))
                .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE, "2026-11-01T10:07:00Z",
                        "/blog").setHits(3).setStatus4Xx(1).build())
                .addUrlHits(daily("2026-11-01", "/a", 1))
                .addSketches(sketch(SketchKind.SKETCH_KIND_VISITORS, "2026-11-01", "", "", visitors(address)))
                .addSketches(sketch(SketchKind.SKETCH_KIND_VISITORS, "2026-11-01", "2026-11-01T10:00:00Z", "",
                        visitors(address)))
                .addSketches(sketch(SketchKind.SKETCH_KIND_LATENCY, "2026-11-01", "2026-11-01T10:00:00Z", "api",
                        latencies(latency)))
                .build();
    }

    @Test
    void countedKeysAreAddedUpInTheirGrainsTables() {
        channel.stats().commit(batch(0, 100, "192.0.2.1", 1000));
        channel.stats().commit(batch(100, 200, "192.0.2.2", 3000));

        assertEquals(List.of("NOT_FOUND_FROM|2026-11-01|/gone|/links|2|0|0|0|0|0|0|0|0",
                        "URL|2026-11-01|/a||6|400|0|0|0|0|0|0|0"),
                RollupTables.counts(site, "daily_counts", "local_date"));
        assertEquals(List.of("REQUEST_GROUP|2026-11-01T10:00:00Z|api||2|0|0|0|0|2|2|4000|2"),
                RollupTables.counts(site, "hourly_counts", "hour_start"));
        assertEquals(List.of("SECTION|2026-11-01T10:07:00Z|/blog||6|0|0|0|2|0|0|0|0"),
                RollupTables.counts(site, "minute_counts", "minute_start"));
    }

    @Test
    void sketchesAreUnitedPerKind() {
        channel.stats().commit(batch(0, 100, "192.0.2.1", 1000));
        channel.stats().commit(batch(100, 200, "192.0.2.2", 3000));
        channel.stats().commit(batch(200, 300, "192.0.2.1", 2000));

        assertEquals(List.of(
                "LATENCY|HOUR|2026-11-01|2026-11-01T10:00:00Z|api",
                "VISITORS|DAY|2026-11-01|2026-11-01T00:00:00Z|",
                "VISITORS|HOUR|2026-11-01|2026-11-01T10:00:00Z|"), RollupTables.sketchKeys(site));
        assertEquals(2, VisitorSketch.fromBytes(RollupTables.sketch(site, "VISITORS", "DAY", "")).estimate());
        assertEquals(2, VisitorSketch.fromBytes(RollupTables.sketch(site, "VISITORS", "HOUR", "")).estimate());
        LatencySummary latency = LatencySketch.fromBytes(RollupTables.sketch(site, "LATENCY", "HOUR", "api"))
                .summary().orElseThrow();
        assertEquals(List.of(3L, 1000L, 3000L, 2000.0), List.of(latency.count(), latency.min(), latency.max(),
                latency.mean()));
    }

    @Test
    void resentBatchWithSketchesChangesNothing() {
        PartialAggregate first = batch(0, 100, "192.0.2.1", 1000);
        channel.stats().commit(first);
        List<List<String>> before = RollupTables.everything(site);

        assertEquals(CommitStatus.COMMIT_STATUS_DUPLICATE, channel.stats().commit(first).getStatus());

        assertEquals(before, RollupTables.everything(site));
        assertEquals(1, LatencySketch.fromBytes(RollupTables.sketch(site, "LATENCY", "HOUR", "api"))
                .summary().orElseThrow().count());
    }

    @Test
    void pagesAndCrawlerHitsAreAddedToTheHour() {
        HourlyTotals hour = HourlyTotals.newBuilder()
                .setHourStartEpochSecond(Instant.parse("2026-11-01T10:00:00Z").getEpochSecond())
                .setLocalDate("2026-11-01").setHits(5).setStatus2Xx(5).setPages(3).setCrawlerHits(2).build();
        channel.stats().commit(Aggregates.batch(stream, 0, 100).addHourly(hour).build());
        channel.stats().commit(Aggregates.batch(stream, 100, 200).addHourly(hour).build());

        assertEquals(List.of("2026-11-01T10:00:00Z|6|4"), RollupTables.hourlyPagesAndCrawlerHits(site));
    }

    @Test
    void dimensionAtAnotherGrainIsInvalidArgument() {
        PartialAggregate wrong = Aggregates.batch(stream, 0, 100)
                .addCountedKeys(periodKey(Dimension.DIMENSION_URL, Grain.GRAIN_HOUR, "2026-11-01T10:00:00Z", "/")
                        .setHits(1).build())
                .build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class, () -> channel.stats().commit(wrong));

        assertEquals(Status.Code.INVALID_ARGUMENT, refusal.getStatus().getCode());
        assertEquals("counted_keys[0].grain HOUR is not URL's grain DAY", refusal.getStatus().getDescription());
        assertEquals(RollupTables.NOTHING, RollupTables.everything(site));
    }

    @Test
    void unspecifiedDimensionIsInvalidArgument() {
        PartialAggregate unspecified = Aggregates.batch(stream, 0, 100)
                .addCountedKeys(dayKey(Dimension.DIMENSION_UNSPECIFIED, "2026-11-01", "/", "", 1, 0))
                .build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class,
                () -> channel.stats().commit(unspecified));

        assertEquals("counted_keys[0].dimension is unspecified or unknown", refusal.getStatus().getDescription());
    }
}
