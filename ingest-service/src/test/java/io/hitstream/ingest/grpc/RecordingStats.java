package io.hitstream.ingest.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.CommittedOffsetReply;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stats as ingest sees it, served by grpc-java on a loopback port: keeps committed offsets in memory
 * with the real service's ledger rules and records every aggregate it is sent.
 */
final class RecordingStats extends StatsServiceGrpc.StatsServiceImplBase {
    /** Bound on holding a commit, so that a test that forgets to release fails instead of hanging. */
    private static final long WAIT_SECONDS = 30;

    private final Map<StreamId, Long> ledger = new ConcurrentHashMap<>();
    private final List<PartialAggregate> received = new CopyOnWriteArrayList<>();
    private volatile Status commitFailure;
    private volatile CountDownLatch commitGate = new CountDownLatch(0);

    @Override
    public synchronized void commit(PartialAggregate aggregate, StreamObserver<CommitResult> answer) {
        received.add(aggregate);
        awaitGate();
        if (commitFailure != null) {
            answer.onError(commitFailure.asRuntimeException());
            return;
        }
        long committed = ledger.getOrDefault(aggregate.getStream(), 0L);
        CommitStatus status;
        if (aggregate.getStartOffset() == committed) {
            status = CommitStatus.COMMIT_STATUS_COMMITTED;
            committed = aggregate.getEndOffset();
            ledger.put(aggregate.getStream(), committed);
        } else if (aggregate.getEndOffset() <= committed) {
            status = CommitStatus.COMMIT_STATUS_DUPLICATE;
        } else {
            status = CommitStatus.COMMIT_STATUS_OUT_OF_ORDER;
        }
        answer.onNext(CommitResult.newBuilder().setStatus(status).setCommittedOffset(committed).build());
        answer.onCompleted();
    }

    private void awaitGate() {
        try {
            if (!commitGate.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("commits held for more than " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void committedOffset(StreamId stream, StreamObserver<CommittedOffsetReply> answer) {
        answer.onNext(CommittedOffsetReply.newBuilder().setCommittedOffset(ledger.getOrDefault(stream, 0L)).build());
        answer.onCompleted();
    }

    /** Sets a stream's committed offset, as if earlier batches had been committed. */
    void committed(StreamId stream, long offset) {
        ledger.put(stream, offset);
    }

    /** The aggregates sent for one stream, in arrival order. */
    List<PartialAggregate> receivedFor(StreamId stream) {
        return received.stream().filter(a -> a.getStream().equals(stream)).toList();
    }

    /** Holds every commit, once recorded as received, until {@link #releaseCommits()}. */
    void holdCommits() {
        commitGate = new CountDownLatch(1);
    }

    /** Lets held and later commits go on. */
    void releaseCommits() {
        commitGate.countDown();
    }

    /** Makes every commit fail with this status (as when stats' database is down); null to recover. */
    void failCommitsWith(Status status) {
        commitFailure = status;
    }
}
