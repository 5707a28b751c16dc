package io.hitstream.stats.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommittedOffsetReply;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsService;
import io.hitstream.stats.domain.InvalidInputException;
import io.hitstream.stats.service.AggregateCommitter;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** The stats v1 gRPC service: maps messages and refusals to INVALID_ARGUMENT, and delegates to the committer. */
@GrpcService
public class StatsGrpcService implements StatsService {
    private final AggregateCommitter committer;

    StatsGrpcService(AggregateCommitter committer) {
        this.committer = committer;
    }

    @Override
    public Uni<CommitResult> commit(PartialAggregate request) {
        return Uni.createFrom().item(() -> AggregateMapping.aggregate(request))
                .chain(committer::commit)
                .map(AggregateMapping::commitResult)
                .onFailure(InvalidInputException.class).transform(StatsGrpcService::invalidArgument);
    }

    @Override
    public Uni<CommittedOffsetReply> committedOffset(StreamId request) {
        return Uni.createFrom().item(() -> AggregateMapping.streamKey(request))
                .chain(committer::committedOffset)
                .map(offset -> CommittedOffsetReply.newBuilder().setCommittedOffset(offset).build())
                .onFailure(InvalidInputException.class).transform(StatsGrpcService::invalidArgument);
    }

    private static StatusRuntimeException invalidArgument(Throwable refusal) {
        return Status.INVALID_ARGUMENT.withDescription(refusal.getMessage()).asRuntimeException();
    }
}
