package io.hitstream.ingest.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.CommittedOffsetReply;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stats as ingest sees it, served by grpc-java on a loopback port: keeps committed offsets in memory
 * with the real service's ledger rules and records every aggregate it is sent.
 */
final class RecordingStats extends StatsServiceGrpc.StatsServiceImplBase {
    private final Map<StreamId, Long> ledger = new ConcurrentHashMap<>();
    private final List<PartialAggregate> received = new CopyOnWriteArrayList<>();
    /** Commits received while held, answered in the order received once released; null while not held. */
    private List<Runnable> held;
    private volatile Status commitFailure;

    /** Records the commit and answers it, or, while commits are held, queues its answer. */
    @Override
    public synchronized void commit(PartialAggregate aggregate, StreamObserver<CommitResult> answer) {
        received.add(aggregate);
        if (held != null) {
            held.add(() -> answer(aggregate, answer));
        } else {
            answer(aggregate, answer);
        }
    }

    private void answer(PartialAggregate aggregate, StreamObserver<CommitResult> answer) {
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

    @Override
    public void committedOffset(StreamId stream, StreamObserver<CommittedOffsetReply> answer) {
        answer.onNext(CommittedOffsetReply.newBuilder().setCommittedOffset(ledger.getOrDefault(stream, 0L)).build());
        answer.onCompleted();
    }

    /** Sets a stream's committed offset, as if earlier batches had been committed. */
    void committed(StreamId stream, long offset) {
        ledger.put(stream, offset);
    }

    List<PartialAggregate> receivedFor(StreamId stream) {
        return received.stream().filter(a -> a.getStream().equals(stream)).toList();
    }

    /** Holds every commit, once recorded as received, until {@link #releaseCommits()}. */
    synchronized void holdCommits() {
        held = new ArrayList<>();
    }

    /** Answers the held commits in the order received, and lets later commits go on. */
    synchronized void releaseCommits() {
        if (held != null) {
            held.forEach(Runnable::run);
            held = null;
        }
    }

    /** Makes every commit fail with this status (as when stats' database is down); null to recover. */
    void failCommitsWith(Status status) {
        commitFailure = status;
    }
}
