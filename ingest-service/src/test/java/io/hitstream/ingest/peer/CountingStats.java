package io.hitstream.ingest.peer;

import io.grpc.stub.StreamObserver;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import java.util.concurrent.atomic.AtomicInteger;

/** One stats instance as a load balancer sees it: commits every aggregate and counts those it received. */
final class CountingStats extends StatsServiceGrpc.StatsServiceImplBase {
    private final AtomicInteger commits = new AtomicInteger();

    @Override
    public void commit(PartialAggregate aggregate, StreamObserver<CommitResult> answer) {
        commits.incrementAndGet();
        answer.onNext(CommitResult.newBuilder()
                .setStatus(CommitStatus.COMMIT_STATUS_COMMITTED)
                .setCommittedOffset(aggregate.getEndOffset())
                .build());
        answer.onCompleted();
    }

    int commits() {
        return commits.get();
    }
}
