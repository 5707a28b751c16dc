package io.hitstream.ingest.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Channel;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class PeerConnectionsTest {
    @GrpcClient("resolver")
    Channel resolverChannel;
    @GrpcClient("stats")
    Channel statsChannel;
    RecordingResolver resolver;

    @Test
    void channelsToTheResolverAndStatsAreOpenBeforeTheFirstBatch() throws InterruptedException {
        assertEquals(List.of(ConnectivityState.READY, ConnectivityState.READY),
                List.of(stateWithin(resolverChannel, Duration.ofSeconds(10)), stateWithin(statsChannel, Duration.ofSeconds(10))));
        assertEquals(List.of(), resolver.requestSizes());
    }

    /** The channel's state once it is READY, or whatever it is when the time is up; it is never asked to connect here. */
    private static ConnectivityState stateWithin(Channel channel, Duration limit) throws InterruptedException {
        ManagedChannel managed = (ManagedChannel) channel;
        Instant deadline = Instant.now().plus(limit);
        while (managed.getState(false) != ConnectivityState.READY && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return managed.getState(false);
    }
}
