package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.daily;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.rejection;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class ConcurrentCommitTest {
    private static final int COMMITS_PER_STREAM = 20;
    private static final long BATCH_BYTES = 100;

    @TestHTTPResource("/")
    URL root;

    /**
     * Every batch adds to the same keys; the two streams list the URLs in opposite orders. Each batch has one visitor
     * of its own and one call of 1 ms times its number, in sketches of the same rows.
     */
    private static PartialAggregate batchNumber(StreamId stream, int number, List<String> urls) {
        VisitorSketch visitor = VisitorSketch.empty();
        visitor.add("192.0.2." + number, stream.getFileId());
        LatencySketch latency = LatencySketch.empty();
        latency.add((number + 1) * 1000L);
        PartialAggregate.Builder aggregate = batch(stream, number * BATCH_BYTES, (number + 1) * BATCH_BYTES)
                .addSketches(Aggregates.sketch(SketchKind.SKETCH_KIND_VISITORS, "2026-11-01", "", "", visitor.toBytes()))
                .addSketches(Aggregates.sketch(SketchKind.SKETCH_KIND_LATENCY, "2026-11-01", "2026-11-01T10:00:00Z",
                        "api", latency.toBytes()))
                .addHourly(hour("2026-11-01T10:00:00Z", 2, 30, 1, 0, 1, 0, 0))
                .addClientDomainHits(daily("2026-11-01", "example.net", 2))
                .addRejections(rejection("not_matching_format", 1, "bad"));
        urls.forEach(url -> aggregate.addUrlHits(daily("2026-11-01", url, 1)));
        return aggregate.build();
    }

    private Callable<List<CommitStatus>> shipper(StreamId stream, List<String> urls) {
        return () -> {
            try (StatsChannel channel = new StatsChannel(root.getPort())) {
                List<CommitStatus> statuses = new ArrayList<>();
                for (int number = 0; number < COMMITS_PER_STREAM; number++) {
                    statuses.add(channel.stats().commit(batchNumber(stream, number, urls)).getStatus());
                }
                return statuses;
            }
        };
    }

    @Test
    void twoStreamsCommittingAtOnceEndWithExactTotals() throws Exception {
        String site = "busy-" + UUID.randomUUID() + ".example.org";
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<CommitStatus>> first = threads.submit(shipper(stream(site, "a"), List.of("/x", "/y")));
            Future<List<CommitStatus>> second = threads.submit(shipper(stream(site, "b"), List.of("/y", "/x")));

            List<CommitStatus> allCommitted = Collections.nCopies(COMMITS_PER_STREAM,
                    CommitStatus.COMMIT_STATUS_COMMITTED);
            assertEquals(allCommitted, first.get());
            assertEquals(allCommitted, second.get());
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of("web-01.example.org|a|2000", "web-01.example.org|b|2000"), RollupTables.ledger(site));
        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|80|1200|40|0|40|0|0"), RollupTables.hourly(site));
        assertEquals(List.of("2026-11-01|/x|40", "2026-11-01|/y|40"), RollupTables.urlHits(site));
        assertEquals(List.of("2026-11-01|example.net|80"), RollupTables.clientDomainHits(site));
        assertEquals(List.of("not_matching_format|40|bad"), RollupTables.rejections(site));
        assertEquals(40, VisitorSketch.fromBytes(RollupTables.sketch(site, "VISITORS", "DAY", "")).estimate());
        LatencySummary latency = LatencySketch.fromBytes(RollupTables.sketch(site, "LATENCY", "HOUR", "api"))
                .summary().orElseThrow();
        // 1 to 20 ms in each stream: 40 calls, 1 ms the least, 20 ms the most, 10.5 ms on average.
        assertEquals(List.of(40L, 1000L, 20000L, 10500.0),
                List.of(latency.count(), latency.min(), latency.max(), latency.mean()));
    }
}
