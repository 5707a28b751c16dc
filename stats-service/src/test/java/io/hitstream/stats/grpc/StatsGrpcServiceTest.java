package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.daily;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.rejection;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class StatsGrpcServiceTest {
    @TestHTTPResource("/")
    URL root;

    private StatsChannel channel;
    private String site;
    private StreamId stream;

    @BeforeEach
    void open() {
        channel = new StatsChannel(root.getPort());
        site = "www-" + UUID.randomUUID() + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    private CommitResult commit(PartialAggregate aggregate) {
        return channel.stats().commit(aggregate);
    }

    private long committedOffset(StreamId id) {
        return channel.stats().committedOffset(id).getCommittedOffset();
    }

    private static CommitResult result(CommitStatus status, long offset) {
        return CommitResult.newBuilder().setStatus(status).setCommittedOffset(offset).build();
    }

    /** The first batch of the stream: two hours, two days of URLs and domains, one rejection reason. */
    private PartialAggregate firstBatch() {
        return batch(stream, 0, 1000)
                .addHourly(hour("2026-11-01T23:00:00Z", 3, 300, 1, 1, 1, 0, 0))
                .addHourly(hour("2026-11-01T10:00:00Z", 2, 50, 1, 0, 0, 1, 0))
                .addUrlHits(daily("2026-11-01", "/index.html", 4))
                .addUrlHits(daily("2026-11-01", "/about", 1))
                .addClientDomainHits(daily("2026-11-01", "example.net", 3))
                .addClientDomainHits(daily("2026-11-01", "192.0.2.7", 2))
                .setAcceptedLines(5).setRejectedLines(2)
                .addRejections(rejection("not_matching_format", 2, "garbage line"))
                .build();
    }

    @Test
    void commitWritesExactlyItsRows() {
        assertEquals(result(CommitStatus.COMMIT_STATUS_COMMITTED, 1000), commit(firstBatch()));

        assertEquals(List.of(site + "|UTC"), RollupTables.site(site));
        assertEquals(List.of("web-01.example.org|file-1|1000"), RollupTables.ledger(site));
        assertEquals(List.of(
                "2026-11-01T10:00:00Z|2026-11-01|2|50|1|0|0|1|0",
                "2026-11-01T23:00:00Z|2026-11-01|3|300|1|1|1|0|0"), RollupTables.hourly(site));
        assertEquals(List.of("2026-11-01|/about|1", "2026-11-01|/index.html|4"), RollupTables.urlHits(site));
        assertEquals(List.of("2026-11-01|192.0.2.7|2", "2026-11-01|example.net|3"),
                RollupTables.clientDomainHits(site));
        assertEquals(List.of("not_matching_format|2|garbage line"), RollupTables.rejections(site));
    }

    @Test
    void aggregatesTouchingTheSameKeysAddUp() {
        commit(firstBatch());
        PartialAggregate second = batch(stream, 1000, 1500)
                .addHourly(hour("2026-11-01T10:00:00Z", 4, 1000, 2, 1, 0, 0, 1))
                .addUrlHits(daily("2026-11-01", "/index.html", 3))
                .addUrlHits(daily("2026-11-02", "/index.html", 1))
                .addClientDomainHits(daily("2026-11-01", "example.net", 4))
                .addRejections(rejection("not_matching_format", 5, "newer garbage"))
                .build();

        assertEquals(result(CommitStatus.COMMIT_STATUS_COMMITTED, 1500), commit(second));

        assertEquals(List.of(
                "2026-11-01T10:00:00Z|2026-11-01|6|1050|3|1|0|1|1",
                "2026-11-01T23:00:00Z|2026-11-01|3|300|1|1|1|0|0"), RollupTables.hourly(site));
        assertEquals(List.of("2026-11-01|/about|1", "2026-11-01|/index.html|7", "2026-11-02|/index.html|1"),
                RollupTables.urlHits(site));
        assertEquals(List.of("2026-11-01|192.0.2.7|2", "2026-11-01|example.net|7"),
                RollupTables.clientDomainHits(site));
        assertEquals(List.of("not_matching_format|7|newer garbage"), RollupTables.rejections(site));
    }

    @Test
    void aggregateOfMoreRowsThanOneStatementTakesIsWrittenWhole() {
        PartialAggregate.Builder many = batch(stream, 0, 100);
        for (int page = 0; page < 1201; page++) {
            many.addUrlHits(daily("2026-11-01", String.format("/page/%04d", page), page + 1));
        }

        commit(many.build());

        List<String> rows = RollupTables.urlHits(site);
        assertEquals(1201, rows.size());
        assertEquals("2026-11-01|/page/0000|1", rows.get(0));
        assertEquals("2026-11-01|/page/0500|501", rows.get(500));
        assertEquals("2026-11-01|/page/1200|1201", rows.get(1200));
    }

    /** A batch of distinct long URLs: its aggregate is over the 256 KiB a Vert.x gRPC server takes by default. */
    @Test
    void aggregateOfSeveralMebibytesIsCommitted() {
        PartialAggregate.Builder large = batch(stream, 0, 100);
        String padding = "x".repeat(1000);
        for (int page = 0; page < 5000; page++) {
            large.addUrlHits(daily("2026-11-01", String.format("/page/%04d/", page) + padding, 1));
        }
        PartialAggregate aggregate = large.build();
        assertTrue(aggregate.getSerializedSize() > 4 * 1024 * 1024, "the aggregate is over 4 MiB");

        assertEquals(result(CommitStatus.COMMIT_STATUS_COMMITTED, 100), commit(aggregate));

        assertEquals(5000, RollupTables.urlHits(site).size());
    }

    @Test
    void resentAggregateIsDuplicateAndChangesNothing() {
        commit(firstBatch());
        List<List<String>> before = RollupTables.everything(site);

        assertEquals(result(CommitStatus.COMMIT_STATUS_DUPLICATE, 1000), commit(firstBatch()));

        assertEquals(before, RollupTables.everything(site));
    }

    @Test
    void aggregateLeavingAGapIsOutOfOrderAndChangesNothing() {
        commit(firstBatch());
        List<List<String>> before = RollupTables.everything(site);

        CommitResult result = commit(batch(stream, 1200, 1300).addUrlHits(daily("2026-11-01", "/gap", 1)).build());

        assertEquals(result(CommitStatus.COMMIT_STATUS_OUT_OF_ORDER, 1000), result);
        assertEquals(before, RollupTables.everything(site));
    }

    @Test
    void aggregateOverlappingTheCommittedOffsetIsOutOfOrderAndChangesNothing() {
        commit(firstBatch());
        List<List<String>> before = RollupTables.everything(site);

        CommitResult result = commit(batch(stream, 500, 1500).addUrlHits(daily("2026-11-01", "/overlap", 1)).build());

        assertEquals(result(CommitStatus.COMMIT_STATUS_OUT_OF_ORDER, 1000), result);
        assertEquals(before, RollupTables.everything(site));
    }

    @Test
    void firstAggregateOfAStreamNotStartingAtZeroLeavesNoLedgerRow() {
        CommitResult result = commit(batch(stream, 100, 200).addUrlHits(daily("2026-11-01", "/", 1)).build());

        assertEquals(result(CommitStatus.COMMIT_STATUS_OUT_OF_ORDER, 0), result);
        assertEquals(RollupTables.NOTHING, RollupTables.everything(site));
    }

    @Test
    void committedOffsetOfAnUnknownStreamIsZero() {
        assertEquals(0, committedOffset(stream(site, "never-shipped")));
    }

    @Test
    void committedOffsetOfAKnownStreamIsTheEndOfItsLastBatch() {
        commit(firstBatch());
        commit(batch(stream, 1000, 1750).build());

        assertEquals(1750, committedOffset(stream));
    }

    @Test
    void invalidAggregateIsInvalidArgumentAndWritesNothing() {
        PartialAggregate negative = batch(stream, 0, 100)
                .addUrlHits(daily("2026-11-01", "/ok", 1))
                .addHourly(hour("2026-11-01T10:00:00Z", 1, -5, 1, 0, 0, 0, 0))
                .build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class, () -> commit(negative));

        assertEquals(Status.Code.INVALID_ARGUMENT, refusal.getStatus().getCode());
        assertEquals("hourly[0].bytes must not be negative, got -5", refusal.getStatus().getDescription());
        assertEquals(0, committedOffset(stream));
        assertEquals(RollupTables.NOTHING, RollupTables.everything(site));
    }

    @Test
    void aggregateWithoutStreamIsInvalidArgument() {
        PartialAggregate anonymous = PartialAggregate.newBuilder().setEndOffset(10).setTimeZone("UTC").build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class, () -> commit(anonymous));

        assertEquals(Status.Code.INVALID_ARGUMENT, refusal.getStatus().getCode());
        assertEquals("stream.site must not be blank", refusal.getStatus().getDescription());
    }

    @Test
    void hostileKeysAreStoredVerbatim() {
        String quoted = "/it's \"quoted\" \\ path";
        String injection = "/'; DROP TABLE daily_url_hits; --";
        String script = "<script>alert('x')</script>.example.net";
        String unicode = "/caf\u00e9/\u65e5\u672c/\uD83D\uDE00";
        String hostileSite = "site-'; DROP TABLE site; -- " + UUID.randomUUID();
        StreamId hostileStream = stream(hostileSite, "<file id=\"x\">");

        commit(batch(hostileStream, 0, 10)
                .addUrlHits(daily("2026-11-01", quoted, 1))
                .addUrlHits(daily("2026-11-01", injection, 2))
                .addUrlHits(daily("2026-11-01", unicode, 3))
                .addClientDomainHits(daily("2026-11-01", script, 4))
                .addRejections(rejection("not_matching_format", 1, "'); DELETE FROM rejections; <b>\u00fc</b>"))
                .build());

        assertEquals(List.of(
                "2026-11-01|" + injection + "|2",
                "2026-11-01|" + unicode + "|3",
                "2026-11-01|" + quoted + "|1"), RollupTables.urlHits(hostileSite));
        assertEquals(List.of("2026-11-01|" + script + "|4"), RollupTables.clientDomainHits(hostileSite));
        assertEquals(List.of("not_matching_format|1|'); DELETE FROM rejections; <b>\u00fc</b>"),
                RollupTables.rejections(hostileSite));
        assertEquals(10, committedOffset(hostileStream));
    }
}
