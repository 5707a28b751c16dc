package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.line;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM's drain, started as Quarkus starts it (the pre-shutdown event): what an open stream sent before is
 * committed and acknowledged, then the stream ends UNAVAILABLE, which agents answer by reconnecting and resuming.
 */
@QuarkusTest
@TestProfile(ShipDrainTest.Draining.class)
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class ShipDrainTest {
    static final String SHUTTING_DOWN = "ingest is shutting down; reconnect to resume from the committed offset";
    private static final long WAIT_SECONDS = 30;

    @TestHTTPResource("/")
    URL url;
    @Inject
    Event<ShutdownDelayInitiatedEvent> shutdown;
    RecordingStats stats;
    private IngestChannel ingest;

    /** An application of its own: a drained ingest stays drained. */
    public static class Draining implements QuarkusTestProfile {
    }

    @BeforeEach
    void connect() {
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        stats.releaseCommits();
        ingest.close();
    }

    @Test
    void batchesSentBeforeTheDrainAreAcknowledgedThenTheStreamEndsUnavailable() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch first = batch(stream, 0, line("192.0.2.31"));
        LogBatch second = batch(stream, first.getEndOffset(), line("192.0.2.32"));
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();
        stats.holdCommits();
        call.send(ship(first)).send(ship(second));
        awaitCommitReceived(stream);

        shutdown.fire(new ShutdownDelayInitiatedEvent());
        stats.releaseCommits();
        List<BatchAck> acks = List.of(call.next().getAck(), call.next().getAck());
        Status end = call.awaitEnd();

        assertEquals(List.of(0L, first.getEndOffset()), acks.stream().map(BatchAck::getStartOffset).toList());
        assertEquals(List.of(BatchStatus.BATCH_STATUS_COMMITTED, BatchStatus.BATCH_STATUS_COMMITTED),
                acks.stream().map(BatchAck::getStatus).toList());
        assertEquals(Status.Code.UNAVAILABLE, end.getCode());
        assertEquals(SHUTTING_DOWN, end.getDescription());
    }

    private void awaitCommitReceived(StreamId stream) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (stats.receivedFor(stream).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stats never received the first commit");
            }
            Thread.sleep(10);
        }
    }
}
