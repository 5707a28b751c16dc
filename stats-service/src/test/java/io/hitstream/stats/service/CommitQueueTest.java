package io.hitstream.stats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hitstream.stats.domain.AggregateBuilder;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitOutcome;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.StreamKey;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommitQueueTest {
    private static final StreamKey ACCESS_LOG = new StreamKey("example.org", "web-01", "access.log");
    private static final StreamKey ERROR_LOG = new StreamKey("example.org", "web-01", "error.log");
    private static final StreamKey OTHER_LOG = new StreamKey("example.org", "web-02", "access.log");

    private final Vertx vertx = Vertx.vertx();
    /** The groups the queue started, each with the transaction's outcome the test decides. */
    private final LinkedBlockingQueue<Group> started = new LinkedBlockingQueue<>();

    @AfterEach
    void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aLoneBatchOnAnIdleQueueIsCommittedAtOnceInAGroupOfItsOwn() throws InterruptedException {
        CommitQueue queue = queue(2, 64);

        CompletableFuture<CommitReceipt> receipt = submit(queue, batch(0));
        Group group = next();
        group.commit();

        assertEquals(List.of(0L), group.starts());
        assertEquals(committed(100), receipt.join());
    }

    @Test
    void batchesArrivingWhileAGroupIsInFlightGoTogetherIntoTheNextGroup() throws InterruptedException {
        CommitQueue queue = queue(1, 64);
        CompletableFuture<CommitReceipt> first = submit(queue, batch(0));
        Group running = next();
        CompletableFuture<CommitReceipt> second = submit(queue, batch(1));
        CompletableFuture<CommitReceipt> third = submit(queue, batch(2));

        running.commit();
        Group together = next();
        together.commit();

        assertEquals(List.of(100L, 200L), together.starts());
        assertEquals(List.of(committed(100), committed(200), committed(300)),
                List.of(first.join(), second.join(), third.join()));
    }

    @Test
    void aGroupHoldsAtMostMaxBatches() throws InterruptedException {
        CommitQueue queue = queue(1, 2);
        submit(queue, batch(0));
        Group running = next();
        List.of(1, 2, 3).forEach(number -> submit(queue, batch(number)));

        running.commit();
        Group second = next();
        second.commit();
        Group third = next();
        third.commit();

        assertEquals(List.of(List.of(100L, 200L), List.of(300L)), List.of(second.starts(), third.starts()));
    }

    @Test
    void aFailedGroupIsTriedAgainBatchByBatchSoThatOnlyTheFailingBatchFails() throws InterruptedException {
        CommitQueue queue = queue(1, 64);
        submit(queue, batch(0));
        Group running = next();
        CompletableFuture<CommitReceipt> good = submit(queue, batch(1));
        CompletableFuture<CommitReceipt> bad = submit(queue, batch(2));

        running.commit();
        next().fail();
        Group goodAlone = next();
        goodAlone.commit();
        Group badAlone = next();
        badAlone.fail();

        assertEquals(List.of(List.of(100L), List.of(200L)), List.of(goodAlone.starts(), badAlone.starts()));
        assertEquals(committed(200), good.join());
        assertEquals("transaction failed", assertThrows(CompletionException.class, bad::join).getCause().getMessage());
    }

    @Test
    void groupsInFlightAreBounded() throws InterruptedException {
        CommitQueue queue = queue(2, 1);
        List.of(ACCESS_LOG, ERROR_LOG, OTHER_LOG).forEach(stream -> submit(queue, batch(stream, 0)));

        Group first = next();
        Group second = next();

        assertNull(started.poll(200, TimeUnit.MILLISECONDS));
        first.commit();
        assertEquals(List.of(OTHER_LOG), next().streams());
        second.commit();
    }

    @Test
    void aStreamsBatchesAreNeverInTwoGroupsInFlightAtOnce() throws InterruptedException {
        CommitQueue queue = queue(2, 64);
        submit(queue, batch(ACCESS_LOG, 0));
        Group running = next();
        submit(queue, batch(ACCESS_LOG, 1));
        submit(queue, batch(ERROR_LOG, 0));

        Group otherStream = next();
        assertNull(started.poll(200, TimeUnit.MILLISECONDS));
        running.commit();
        Group after = next();

        assertEquals(List.of(ERROR_LOG), otherStream.streams());
        assertEquals(List.of(100L), after.starts());
        otherStream.commit();
        after.commit();
    }

    private CommitQueue queue(int groupsInFlight, int maxBatches) {
        return new CommitQueue(vertx, groupsInFlight, maxBatches, batches -> {
            Group group = new Group(batches, new CompletableFuture<>());
            started.add(group);
            return Uni.createFrom().completionStage(group.outcome());
        });
    }

    private Group next() throws InterruptedException {
        Group group = started.poll(10, TimeUnit.SECONDS);
        if (group == null) {
            throw new AssertionError("no group started within 10 s");
        }
        return group;
    }

    private static CompletableFuture<CommitReceipt> submit(CommitQueue queue, BatchAggregate batch) {
        return queue.submit(batch).subscribeAsCompletionStage().toCompletableFuture();
    }

    /** The access log's batch of bytes [100 n, 100 (n + 1)). */
    private static BatchAggregate batch(int number) {
        return batch(ACCESS_LOG, number);
    }

    private static BatchAggregate batch(StreamKey stream, int number) {
        return new AggregateBuilder(stream, number * 100L, (number + 1) * 100L, "UTC").build();
    }

    private static CommitReceipt committed(long offset) {
        return new CommitReceipt(CommitOutcome.COMMITTED, offset);
    }

    /** A started group: its batches and the outcome of its transaction. */
    private record Group(List<BatchAggregate> batches, CompletableFuture<List<CommitReceipt>> outcome) {
        List<StreamKey> streams() {
            return batches.stream().map(BatchAggregate::stream).toList();
        }

        List<Long> starts() {
            return batches.stream().map(BatchAggregate::startOffset).toList();
        }

        void commit() {
            outcome.complete(batches.stream().map(batch -> committed(batch.endOffset())).toList());
        }

        void fail() {
            outcome.completeExceptionally(new IllegalStateException("transaction failed"));
        }
    }
}
