package io.hitstream.stats.service;

import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.StreamKey;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Group commit: the batches that arrive while the groups in flight are being committed wait, and go together, up to
 * a bound, into the next transaction. An idle service commits a lone batch at once; a busy one pays one transaction
 * for many batches, and one row write for a key they share. When a group's transaction fails, each of its batches is
 * tried again alone, so that one batch's failure is only its own caller's.
 */
final class CommitQueue {
    private final Vertx vertx;
    private final int groupsInFlight;
    private final int maxBatchesPerGroup;
    private final Function<List<BatchAggregate>, Uni<List<CommitReceipt>>> commitGroup;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    /** The streams of the groups in flight. */
    private final Set<StreamKey> busyStreams = new HashSet<>();
    private int inFlight;

    /**
     * @param commitGroup commits its batches in one transaction, answering their receipts in their order
     */
    CommitQueue(Vertx vertx, int groupsInFlight, int maxBatchesPerGroup,
            Function<List<BatchAggregate>, Uni<List<CommitReceipt>>> commitGroup) {
        if (groupsInFlight < 1 || maxBatchesPerGroup < 1) {
            throw new IllegalArgumentException("hitstream.stats.commit-groups.in-flight and .max-batches must be at"
                    + " least 1, got " + groupsInFlight + " and " + maxBatchesPerGroup);
        }
        this.vertx = vertx;
        this.groupsInFlight = groupsInFlight;
        this.maxBatchesPerGroup = maxBatchesPerGroup;
        this.commitGroup = commitGroup;
    }

    /** The batch's receipt once the transaction it went into committed, answered on the caller's context. */
    Uni<CommitReceipt> submit(BatchAggregate batch) {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                waiting.addLast(new Waiting(batch, emitter, Vertx.currentContext(), false));
            }
            startGroups();
        });
    }

    private void startGroups() {
        List<Waiting> group;
        while ((group = nextGroup()) != null) {
            List<Waiting> members = group;
            // A context of its own, marked safe for a reactive session: the transaction's session must not be one a
            // caller's or another group's holds.
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> run(members));
        }
    }

    /**
     * The waiting batches, in arrival order, of streams no group in flight holds, or null when none can start: a
     * stream's batches are never in two transactions at once, so that they commit in the order they arrived. A batch
     * to be tried alone is a group of its own.
     */
    private synchronized List<Waiting> nextGroup() {
        if (inFlight >= groupsInFlight) {
            return null;
        }
        List<Waiting> group = new ArrayList<>();
        Set<StreamKey> passedOver = new HashSet<>(busyStreams);
        for (Iterator<Waiting> next = waiting.iterator(); next.hasNext() && group.size() < maxBatchesPerGroup;) {
            Waiting batch = next.next();
            StreamKey stream = batch.batch().stream();
            if (passedOver.contains(stream) || (batch.alone() && !group.isEmpty())) {
                passedOver.add(stream);
                continue;
            }
            next.remove();
            group.add(batch);
            if (batch.alone()) {
                break;
            }
        }
        if (group.isEmpty()) {
            return null;
        }
        group.forEach(batch -> busyStreams.add(batch.batch().stream()));
        inFlight++;
        return group;
    }

    private void run(List<Waiting> group) {
        List<BatchAggregate> batches = group.stream().map(Waiting::batch).toList();
        // Deferred: a failure thrown while the transaction starts fails the group like one it answers.
        Uni.createFrom().deferred(() -> commitGroup.apply(batches)).subscribe().with(receipts -> {
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer(receipts.get(i));
            }
            finished(group);
        }, failure -> {
            if (group.size() == 1) {
                group.get(0).fail(failure);
            } else {
                retryAlone(group);
            }
            finished(group);
        });
    }

    private synchronized void retryAlone(List<Waiting> group) {
        for (int i = group.size() - 1; i >= 0; i--) {
            waiting.addFirst(group.get(i).toRetryAlone());
        }
    }

    private void finished(List<Waiting> group) {
        synchronized (this) {
            group.forEach(batch -> busyStreams.remove(batch.batch().stream()));
            inFlight--;
        }
        startGroups();
    }

    /** A batch waiting for its group's transaction, and how to answer its caller. */
    private record Waiting(BatchAggregate batch, UniEmitter<? super CommitReceipt> emitter, Context context,
            boolean alone) {
        Waiting toRetryAlone() {
            return new Waiting(batch, emitter, context, true);
        }

        void answer(CommitReceipt receipt) {
            onCallerContext(() -> emitter.complete(receipt));
        }

        void fail(Throwable failure) {
            onCallerContext(() -> emitter.fail(failure));
        }

        private void onCallerContext(Runnable action) {
            if (context == null) {
                action.run();
            } else {
                context.runOnContext(ignored -> action.run());
            }
        }
    }
}
