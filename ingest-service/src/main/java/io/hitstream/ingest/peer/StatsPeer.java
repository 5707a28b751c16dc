package io.hitstream.ingest.peer;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.MutinyStatsServiceGrpc.MutinyStatsServiceStub;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import io.hitstream.proto.stats.v1.StatsServiceGrpc.StatsServiceStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.stubs.UniStreamObserver;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Ingest's client of stats: commits aggregates and reads committed offsets, within a deadline. */
@ApplicationScoped
public class StatsPeer {
    private final MutinyStatsServiceStub stats;
    /** A plain stub on the same channel, which commits: it keeps no aggregate once it has written it out. */
    private final StatsServiceStub committer;
    private final Duration timeout;

    StatsPeer(@GrpcClient("stats") MutinyStatsServiceStub stats, @GrpcClient("stats") Channel channel,
              IngestConfig config) {
        this.stats = stats;
        this.committer = StatsServiceGrpc.newStub(channel);
        this.timeout = config.statsTimeout();
    }

    /**
     * Commits a batch's aggregate; fails with {@link StatsUnavailableException} or {@link StatsRefusedException}. The
     * commit is sent when the answer is subscribed to, once.
     */
    public Uni<CommitResult> commit(PartialAggregate aggregate) {
        // A Uni holds what its steps capture until it ends, and a commit ends only once stats' transaction has: the
        // Mutiny stub's Uni kept every aggregate sent and not yet answered, as large as its batch's keys, which the
        // collector promoted and then had to free in full collections. The aggregate is handed to gRPC, which writes
        // it out at once, and then dropped here.
        AtomicReference<PartialAggregate> unsent = new AtomicReference<>(aggregate);
        return Uni.createFrom().<CommitResult>emitter(emitter -> committer
                        .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .commit(unsent.getAndSet(null), new UniStreamObserver<>(emitter)))
                .onFailure().transform(failure -> translated("commit the batch", failure));
    }

    /** The stream's committed offset (0 for a stream never seen). */
    public Uni<Long> committedOffset(StreamId stream) {
        return committedOffset(stream, timeout);
    }

    /** Like {@link #committedOffset(StreamId)}, waiting at most {@code deadline}. */
    public Uni<Long> committedOffset(StreamId stream, Duration deadline) {
        return withDeadline(deadline).committedOffset(stream)
                .map(reply -> reply.getCommittedOffset())
                .onFailure().transform(failure -> translated("read the committed offset", failure));
    }

    private MutinyStatsServiceStub withDeadline(Duration deadline) {
        return stats.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static RuntimeException translated(String what, Throwable failure) {
        Status status = Status.fromThrowable(failure);
        if (failure instanceof StatusRuntimeException && status.getCode() == Status.Code.INVALID_ARGUMENT) {
            return new StatsRefusedException("stats refused to " + what + ": " + status.getDescription(), failure);
        }
        return new StatsUnavailableException("stats could not " + what + ": " + status.getCode()
                + (status.getDescription() == null ? "" : " (" + status.getDescription() + ")"), failure);
    }
}
