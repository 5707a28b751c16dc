package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.periodKey;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.Sketch;
import io.hitstream.proto.stats.v1.SketchKind;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.stats.service.FixedClock;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Minute rows are kept 48 hours (the default): a commit at 2026-11-03T10:09:00Z writes no minute row of a minute
 * that started before 2026-11-01T10:09:00Z, which the retention would delete, and every other row.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class MinuteRetentionAtCommitTest {
    private static final Instant COMMIT_TIME = Instant.parse("2026-11-03T10:09:00Z");

    @TestHTTPResource("/")
    URL root;

    @Inject
    FixedClock clock;

    private Instant clockBefore;
    private StatsChannel channel;
    private String site;
    private String blog;
    private StreamId stream;

    @BeforeEach
    void open() {
        clockBefore = clock.instant();
        clock.set(COMMIT_TIME);
        channel = new StatsChannel(root.getPort());
        String id = UUID.randomUUID().toString();
        site = "minutes-" + id + ".example.org";
        blog = "blog.minutes-" + id + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
        clock.set(clockBefore);
    }

    private static Sketch minuteLatency(String minute, long micros) {
        LatencySketch sketch = LatencySketch.empty();
        sketch.add(micros);
        return Sketch.newBuilder().setKind(SketchKind.SKETCH_KIND_LATENCY).setGrain(Grain.GRAIN_MINUTE)
                .setLocalDate(minute.substring(0, 10)).setPeriodStartEpochSecond(Instant.parse(minute).getEpochSecond())
                .setKey("api").setData(ByteString.copyFrom(sketch.toBytes())).build();
    }

    /** Sections and latencies of the minutes 10:07, 10:08 and 10:09 of 2026-11-01, of the stream's site and a blog. */
    private PartialAggregate minutesAroundTheCutoff() {
        return Aggregates.batch(stream, 0, 100)
                .addHourly(hour("2026-11-01T10:00:00Z", 6, 60, 6, 0, 0, 0, 0))
                .addCountedKeys(dayKey(Dimension.DIMENSION_URL, "2026-11-01", "/blog", "", 6, 60))
                .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE, "2026-11-01T10:07:00Z",
                        "/blog").setHits(1))
                .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE, "2026-11-01T10:08:00Z",
                        "/blog").setHits(2))
                .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE, "2026-11-01T10:09:00Z",
                        "/blog").setHits(3))
                .addSketches(minuteLatency("2026-11-01T10:08:00Z", 800))
                .addSketches(minuteLatency("2026-11-01T10:09:00Z", 900))
                .addOtherSites(SiteAggregate.newBuilder().setSite(blog).setTimeZone("UTC")
                        .addHourly(hour("2026-11-01T10:00:00Z", 2, 20, 2, 0, 0, 0, 0))
                        .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE,
                                "2026-11-01T10:08:00Z", "/post").setHits(1))
                        .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE,
                                "2026-11-01T10:10:00Z", "/post").setHits(1)))
                .build();
    }

    @Test
    void minuteRowsPastTheMinuteRetentionAreNotWritten() {
        assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED,
                channel.stats().commit(minutesAroundTheCutoff()).getStatus());

        assertEquals(List.of("SECTION|2026-11-01T10:09:00Z|/blog||3|0|0|0|0|0|0|0|0"),
                RollupTables.counts(site, "minute_counts", "minute_start"));
        assertEquals(List.of("LATENCY|MINUTE|2026-11-01|2026-11-01T10:09:00Z|api"), RollupTables.sketchKeys(site));
        assertEquals(List.of("SECTION|2026-11-01T10:10:00Z|/post||1|0|0|0|0|0|0|0|0"),
                RollupTables.counts(blog, "minute_counts", "minute_start"));
    }

    @Test
    void rowsOfOtherGrainsOfThoseMinutesAreWritten() {
        channel.stats().commit(minutesAroundTheCutoff());

        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|6|60|6|0|0|0|0"), RollupTables.hourly(site));
        assertEquals(List.of("URL|2026-11-01|/blog||6|60|0|0|0|0|0|0|0"),
                RollupTables.counts(site, "daily_counts", "local_date"));
        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|2|20|2|0|0|0|0"), RollupTables.hourly(blog));
        assertEquals(List.of("web-01.example.org|file-1|100"), RollupTables.ledger(site));
    }
}
