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
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class ShipPipeliningTest {
    private static final long WAIT_SECONDS = 30;

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
        stats.releaseCommits();
        stats.failCommitsWith(null);
        ingest.close();
    }

    @Test
    void laterBatchesAreSentToStatsWhileAnEarlierOneCommitsAndAckedInOrder() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch first = batch(stream, 0, line("192.0.2.11"));
        LogBatch second = batch(stream, first.getEndOffset(), line("192.0.2.12"));
        LogBatch third = batch(stream, second.getEndOffset(), line("192.0.2.13"));
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();
        stats.holdCommits();

        call.send(ship(first)).send(ship(second)).send(ship(third));
        awaitCommitsReceived(stream, 3);
        List<Long> sentWhileHeld = startOffsets(stats.receivedFor(stream));
        stats.releaseCommits();
        List<BatchAck> acks = List.of(call.next().getAck(), call.next().getAck(), call.next().getAck());

        assertEquals(List.of(0L, first.getEndOffset(), second.getEndOffset()), sentWhileHeld);
        assertEquals(List.of(0L, first.getEndOffset(), second.getEndOffset()),
                acks.stream().map(BatchAck::getStartOffset).toList());
        assertEquals(List.of(BatchStatus.BATCH_STATUS_COMMITTED, BatchStatus.BATCH_STATUS_COMMITTED,
                BatchStatus.BATCH_STATUS_COMMITTED), acks.stream().map(BatchAck::getStatus).toList());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void noAckFollowsAFailedCommit() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch first = batch(stream, 0, line("192.0.2.21"));
        LogBatch second = batch(stream, first.getEndOffset(), line("192.0.2.22"));
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();
        stats.holdCommits();
        stats.failCommitsWith(Status.UNAVAILABLE.withDescription("database is down"));

        call.send(ship(first)).send(ship(second));
        awaitCommitsReceived(stream, 2);
        stats.releaseCommits();
        Status status = call.awaitEnd();

        assertEquals(Status.Code.UNAVAILABLE, status.getCode());
        assertEquals(List.of(), call.untaken());
    }

    private void awaitCommitsReceived(StreamId stream, int commits) throws InterruptedException {
        await(() -> stats.receivedFor(stream).size() >= commits, "stats never received " + commits + " commits");
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(10);
        }
    }

    private static List<Long> startOffsets(List<PartialAggregate> aggregates) {
        return aggregates.stream().map(PartialAggregate::getStartOffset).toList();
    }
}
