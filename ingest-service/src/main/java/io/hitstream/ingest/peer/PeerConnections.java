package io.hitstream.ingest.peer;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.hitstream.ingest.config.IngestConfig;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Opens ingest's channels to the resolver and to stats at start instead of on their first call, and has them look
 * their names up again at intervals. On a cold start that first connection ate into the first batch's resolver
 * deadline: the resolver's partial answer came too late, and every address of the batch counted as itself.
 */
@ApplicationScoped
public class PeerConnections {
    private final List<Channel> channels;
    private final Vertx vertx;
    private final long refreshMillis;
    private long refreshTimer = -1;

    PeerConnections(@GrpcClient("resolver") Channel resolver, @GrpcClient("stats") Channel stats, Vertx vertx,
                    IngestConfig config) {
        this.channels = List.of(resolver, stats);
        this.vertx = vertx;
        this.refreshMillis = config.peerRefreshInterval().toMillis();
    }

    void connect(@Observes StartupEvent start) {
        channels.forEach(PeerConnections::connect);
        refreshTimer = vertx.setPeriodic(refreshMillis, timer -> refresh());
    }

    void stop(@Observes ShutdownEvent stop) {
        vertx.cancelTimer(refreshTimer);
    }

    /**
     * gRPC's DNS resolver looks a name up again only when a connection drops, so pods added behind the name would
     * get no calls while the old ones stay up. Idling a channel drops its resolver (in-flight calls go on over the
     * old connections); connecting it again resolves the name afresh and balances over every address found.
     */
    private void refresh() {
        for (Channel channel : channels) {
            if (channel instanceof ManagedChannel managed) {
                managed.enterIdle();
                connect(managed);
            }
        }
    }

    /** Asks the channel to connect and returns at once; a peer not up yet is retried with backoff. */
    private static void connect(Channel channel) {
        if (channel instanceof ManagedChannel managed) {
            managed.getState(true);
        }
    }
}
