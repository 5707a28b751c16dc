package io.hitstream.resolver.grpc;

import io.grpc.Deadline;
import io.grpc.Status;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.proto.resolver.v1.ResolverService;
import io.hitstream.resolver.config.ResolverConfig;
import io.hitstream.resolver.domain.ReverseResolver;
import io.quarkus.grpc.GrpcService;
import io.quarkus.grpc.RegisterInterceptor;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The Resolve RPC: checks the request's size, turns the call's deadline into a wait, and maps the answers. */
@GrpcService
@RegisterInterceptor(CallDeadline.class)
public class ResolverGrpcService implements ResolverService {
    private final ReverseResolver<Resolution> resolver;
    private final ResolverConfig.Batch limits;

    public ResolverGrpcService(ReverseResolver<Resolution> resolver, ResolverConfig config) {
        this.resolver = resolver;
        this.limits = config.batch();
    }

    @Override
    public Uni<ResolveResponse> resolve(ResolveRequest request) {
        if (request.getIpsCount() > limits.maxAddresses()) {
            return Uni.createFrom().failure(Status.INVALID_ARGUMENT
                    .withDescription("at most " + limits.maxAddresses() + " addresses per call, got "
                            + request.getIpsCount())
                    .asRuntimeException());
        }
        return Uni.createFrom().completionStage(resolver.resolveAll(request.getIpsList(), waitFor(CallDeadline.current())))
                .map(ResolutionMessages::response);
    }

    /** Until just before the caller's deadline, and never longer than the configured maximum. */
    private Duration waitFor(Optional<Deadline> deadline) {
        if (deadline.isEmpty()) {
            return limits.maxWait();
        }
        Duration left = Duration.ofNanos(deadline.get().timeRemaining(TimeUnit.NANOSECONDS))
                .minus(limits.deadlineMargin());
        return left.compareTo(limits.maxWait()) < 0 ? left : limits.maxWait();
    }
}
