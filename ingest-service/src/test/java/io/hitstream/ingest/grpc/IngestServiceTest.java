package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Aggregates.dailyHits;
import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.StreamOpened;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class IngestServiceTest {
    private static final String UA = " \"-\" \"Mozilla/5.0\"\n";
    private static final String SHOP_LINES =
            "203.0.113.5 - - [01/Nov/2026:23:10:00 +0530] \"GET /cart?id=1 HTTP/1.1\" 200 512" + UA
            + "203.0.113.5 - - [02/Nov/2026:00:05:00 +0530] \"GET /cart HTTP/1.1\" 302 -" + UA
            + "2001:db8::7 - - [02/Nov/2026:00:20:00 +0530] \"GET /checkout HTTP/1.1\" 503 20" + UA
            + "not a log line\n";
    private static final String ONE_LINE = "198.51.100.9 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10" + UA;
    private static final String KNOWN_FORMATS = String.join(", ", LogFormatRegistry.standard().names());

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    RecordingResolver resolver;
    private IngestChannel ingest;

    @BeforeEach
    void connect() {
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        stats.failCommitsWith(null);
        ingest.close();
    }

    @Test
    void handshakeAnswersTheOffsetStatsHasCommitted() throws Exception {
        StreamId stream = newStream("www.example.org");
        stats.committed(stream, 4096);

        ShipCall call = ingest.ship().send(open(stream, "combined"));

        assertEquals(StreamOpened.newBuilder().setStream(stream).setCommittedOffset(4096).build(), call.next().getOpened());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void batchIsSentToStatsAsItsExactAggregate() throws Exception {
        StreamId stream = newStream(PeerServers.KOLKATA_SITE);
        LogBatch batch = batch(stream, 0, SHOP_LINES);

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(batch));
        call.next();
        BatchAck ack = call.next().getAck();

        Rejection junk = Rejection.newBuilder().setReason("not_matching_format").setLines(1).setSample("not a log line")
                .addSamples("not a log line").build();
        PartialAggregate expected = PartialAggregate.newBuilder()
                .setStream(stream).setStartOffset(0).setEndOffset(batch.getEndOffset())
                .setTimeZone("Asia/Kolkata")
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(1_793_554_200L).setLocalDate("2026-11-01")
                        .setHits(1).setBytes(512).setStatus2Xx(1).setPages(1))
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(1_793_557_800L).setLocalDate("2026-11-02")
                        .setHits(2).setBytes(20).setStatus3Xx(1).setStatus5Xx(1).setPages(2))
                .setAcceptedLines(3).setRejectedLines(1).addRejections(junk)
                .build();
        List<PartialAggregate> received = stats.receivedFor(stream);
        assertEquals(List.of(expected), received.stream().map(Aggregates::totals).toList());
        assertEquals(List.of(daily("2026-11-01", "/cart", 1), daily("2026-11-02", "/cart", 1),
                daily("2026-11-02", "/checkout", 1)), dailyHits(received.get(0), Dimension.DIMENSION_URL));
        assertEquals(List.of(daily("2026-11-01", "example.net", 1), daily("2026-11-02", "2001:db8::7", 1),
                daily("2026-11-02", "example.net", 1)), dailyHits(received.get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
        assertEquals(BatchAck.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(batch.getEndOffset())
                .setStatus(BatchStatus.BATCH_STATUS_COMMITTED).setCommittedOffset(batch.getEndOffset())
                .setAcceptedLines(3).setRejectedLines(1).addRejections(junk).build(), ack);
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void resolverIsAskedOnceForTheDistinctAddressesWithADeadline() {
        StreamId stream = newStream("www.example.org");
        String lines = ONE_LINE.replace("198.51.100.9", "192.0.2.78") + ONE_LINE.replace("198.51.100.9", "192.0.2.77")
                + ONE_LINE.replace("198.51.100.9", "192.0.2.78");

        ingest.push(batch(stream, 0, lines));

        assertEquals(List.of(new RecordingResolver.Received(List.of("192.0.2.77", "192.0.2.78"), true)),
                resolver.requestsFor("192.0.2.77"));
    }

    @Test
    void resentBatchComesBackDuplicateWithoutCounts() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch first = batch(stream, 0, ONE_LINE);
        LogBatch second = batch(stream, first.getEndOffset(), ONE_LINE);

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(first)).send(ship(second)).send(ship(first));
        call.next();
        List<BatchAck> acks = List.of(call.next().getAck(), call.next().getAck(), call.next().getAck());

        assertEquals(List.of(BatchStatus.BATCH_STATUS_COMMITTED, BatchStatus.BATCH_STATUS_COMMITTED, BatchStatus.BATCH_STATUS_DUPLICATE),
                acks.stream().map(BatchAck::getStatus).toList());
        assertEquals(List.of(0L, first.getEndOffset(), 0L), acks.stream().map(BatchAck::getStartOffset).toList());
        assertEquals(BatchAck.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(first.getEndOffset())
                .setStatus(BatchStatus.BATCH_STATUS_DUPLICATE).setCommittedOffset(second.getEndOffset()).build(), acks.get(2));
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void batchOffTheCommittedOffsetComesBackOutOfOrder() {
        StreamId stream = newStream("www.example.org");

        BatchAck ack = ingest.push(batch(stream, 100, ONE_LINE));

        assertEquals(BatchStatus.BATCH_STATUS_OUT_OF_ORDER, ack.getStatus());
        assertEquals(0, ack.getCommittedOffset());
    }

    @Test
    void pushCommitsOneBatch() {
        StreamId stream = newStream("www.example.org");

        BatchAck ack = ingest.push(batch(stream, 0, ONE_LINE));

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(1, ack.getAcceptedLines());
        assertEquals(List.of(daily("2026-11-01", "example.com", 1)), dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    @Test
    void unknownFormatAtOpenIsInvalidArgument() throws Exception {
        ShipCall call = ingest.ship().send(open(newStream("www.example.org"), "no-such-format"));

        Status status = call.awaitEnd();

        assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
        assertEquals("unknown log format: no-such-format (known: " + KNOWN_FORMATS + ")", status.getDescription());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void unknownFormatAtPushIsInvalidArgument() {
        LogBatch batch = batch(newStream("www.example.org"), 0, ONE_LINE).toBuilder().setFormat("no-such-format").build();

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals("unknown log format: no-such-format (known: " + KNOWN_FORMATS + ")", e.getStatus().getDescription());
    }

    @Test
    void batchWhoseOffsetsDoNotSpanItsLinesIsInvalidArgument() {
        LogBatch batch = batch(newStream("www.example.org"), 0, ONE_LINE).toBuilder().setEndOffset(3).build();

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    }

    @Test
    void shippedBatchWhoseOffsetsDoNotSpanItsLinesIsRefusedAndItsSpanCommittedAsRejected() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch uneven = batch(stream, 0, ONE_LINE).toBuilder().setEndOffset(3).build();

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(uneven));
        call.next();
        BatchAck ack = call.next().getAck();

        assertEquals(BatchStatus.BATCH_STATUS_REFUSED, ack.getStatus());
        assertEquals(3, ack.getCommittedOffset());
        assertEquals(1, ack.getRejectedLines());
        assertEquals("end_offset - start_offset is 3 but lines holds " + ONE_LINE.length() + " bytes", ack.getRefusal());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void batchOverTheByteLimitIsRefusedWithItsSize() {
        LogBatch batch = batch(newStream("www.example.org"), 0, "x".repeat(5 * 1024 * 1024) + "\n");

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals("lines holds 5242881 bytes, at most 4194304 allowed per batch", e.getStatus().getDescription());
    }

    @Test
    void batchBeforeItsStreamWasOpenedIsInvalidArgument() throws Exception {
        ShipCall call = ingest.ship().send(ship(batch(newStream("www.example.org"), 0, ONE_LINE)));

        assertEquals(Status.Code.INVALID_ARGUMENT, call.awaitEnd().getCode());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void failedCommitEndsTheStreamUnavailableWithoutAck() throws Exception {
        StreamId stream = newStream("www.example.org");
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        ShipResponse opened = call.next();
        stats.failCommitsWith(Status.UNAVAILABLE.withDescription("database is down"));

        call.send(ship(batch(stream, 0, ONE_LINE)));
        Status status = call.awaitEnd();

        assertEquals(0, opened.getOpened().getCommittedOffset());
        assertEquals(Status.Code.UNAVAILABLE, status.getCode());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void readyWhileStatsAnswers() throws Exception {
        assertEquals(200, ingest.get("q/health/ready"));
    }

    private static DailyCount daily(String date, String key, long hits) {
        return DailyCount.newBuilder().setLocalDate(date).setKey(key).setHits(hits).build();
    }
}
