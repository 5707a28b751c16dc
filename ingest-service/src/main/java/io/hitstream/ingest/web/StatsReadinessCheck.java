package io.hitstream.ingest.web;

import io.hitstream.ingest.peer.StatsPeer;
import io.hitstream.proto.common.v1.StreamId;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ingest is ready when stats answers: without stats no batch can be acknowledged. */
@Readiness
@ApplicationScoped
public class StatsReadinessCheck implements AsyncHealthCheck {
    /** A stream no agent ships: reading its offset touches stats and its database but writes nothing. */
    private static final StreamId PROBE = StreamId.newBuilder()
            .setHost("hitstream-readiness-probe")
            .setSite("hitstream-readiness-probe")
            .setFileId("hitstream-readiness-probe")
            .build();
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final String NAME = "stats";

    private final StatsPeer stats;

    StatsReadinessCheck(StatsPeer stats) {
        this.stats = stats;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return stats.committedOffset(PROBE, DEADLINE)
                .map(offset -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME)
                        .down()
                        .withData("error", failure.getMessage())
                        .build());
    }
}
