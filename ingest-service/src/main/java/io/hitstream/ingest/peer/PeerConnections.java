package io.hitstream.ingest.peer;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Opens ingest's channels to the resolver and to stats at start instead of on their first call. On a cold start
 * that first connection ate into the first batch's resolver deadline: the resolver's partial answer came too late,
 * and every address of the batch counted as itself.
 */
@ApplicationScoped
public class PeerConnections {

    void connect(@Observes StartupEvent start, @GrpcClient("resolver") Channel resolver,
                 @GrpcClient("stats") Channel stats) {
        for (Channel channel : List.of(resolver, stats)) {
            if (channel instanceof ManagedChannel managed) {
                // Asks the channel to connect and returns at once; a peer not up yet is retried with backoff.
                managed.getState(true);
            }
        }
    }
}
