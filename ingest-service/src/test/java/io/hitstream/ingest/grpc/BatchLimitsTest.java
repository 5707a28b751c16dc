package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingest's limits with their default values: a line over the line limit is only rejected and the stream
 * goes on; a batch over the line-count or byte limit is refused with the limit, nothing committed, and the stream
 * goes on; a message over the message size ends the call, since the transport refuses it before ingest sees it.
 */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class BatchLimitsTest {
    private static final String LINE = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";
    private static final int MAX_LINE_BYTES = 65536;
    private static final int MAX_LINES = 50000;
    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    private IngestChannel ingest;

    @BeforeEach
    void connect() {
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        ingest.close();
    }

    @Test
    void lineOverTheLineLimitIsRejectedAndTheStreamGoesOn() throws Exception {
        StreamId stream = newStream("www.example.org");
        String longLine = "x".repeat(MAX_LINE_BYTES + 1) + "\n";
        LogBatch first = batch(stream, 0, LINE + longLine);
        LogBatch second = batch(stream, first.getEndOffset(), LINE);

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(first)).send(ship(second));
        call.next();
        BatchAck firstAck = call.next().getAck();
        BatchAck secondAck = call.next().getAck();

        assertEquals(BatchAck.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(first.getEndOffset())
                .setStatus(BatchStatus.BATCH_STATUS_COMMITTED).setCommittedOffset(first.getEndOffset())
                .setAcceptedLines(1).setRejectedLines(1)
                .addRejections(Rejection.newBuilder().setReason("too_long").setLines(1).setSample("x".repeat(512))
                        .addSamples("x".repeat(512)))
                .build(), firstAck);
        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, secondAck.getStatus());
        assertEquals(second.getEndOffset(), secondAck.getCommittedOffset());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void batchOverTheLineCountIsRefusedWithTheLimitCommitsNothingAndTheStreamGoesOn() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch tooMany = batch(stream, 0, "\n".repeat(MAX_LINES + 1));

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(tooMany)).send(ship(batch(stream, 0, LINE)));
        call.next();
        BatchAck refused = call.next().getAck();
        BatchAck next = call.next().getAck();

        assertEquals(BatchAck.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(MAX_LINES + 1)
                .setStatus(BatchStatus.BATCH_STATUS_REFUSED).setCommittedOffset(0)
                .setRefusal("lines holds 50001 lines, at most 50000 allowed per batch").build(), refused);
        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, next.getStatus());
        assertEquals(1, stats.receivedFor(stream).size());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void batchOverTheByteLimitIsRefusedWithTheLimitAndCommitsNothing() throws Exception {
        StreamId stream = newStream("www.example.org");

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(batch(stream, 0, "x".repeat(5 * 1024 * 1024) + "\n")));
        call.next();
        BatchAck refused = call.next().getAck();

        assertEquals(BatchStatus.BATCH_STATUS_REFUSED, refused.getStatus());
        assertEquals(0, refused.getCommittedOffset());
        assertEquals("lines holds 5242881 bytes, at most 4194304 allowed per batch", refused.getRefusal());
        assertEquals(List.of(), stats.receivedFor(stream));
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void messageOverTheMessageSizeEndsTheStreamResourceExhaustedAndCommitsNothing() throws Exception {
        StreamId stream = newStream("www.example.org");

        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();
        Status status = call.send(ship(batch(stream, 0, "x".repeat(MAX_MESSAGE_BYTES) + "\n"))).awaitEnd();

        // Refused by the transport (Vert.x), which gives the status no description.
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, status.getCode());
        assertEquals(List.of(), call.untaken());
        assertEquals(List.of(), stats.receivedFor(stream));
    }
}
