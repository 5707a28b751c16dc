package io.hitstream.ingest.peer;

import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.MutinyResolverServiceGrpc.MutinyResolverServiceStub;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Ingest's client of the resolver: one call per batch, bounded by a deadline, never failing the batch. */
@ApplicationScoped
public class ResolverPeer {
    private static final Logger LOG = Logger.getLogger(ResolverPeer.class);

    private final MutinyResolverServiceStub resolver;
    private final Duration timeout;

    ResolverPeer(@GrpcClient("resolver") MutinyResolverServiceStub resolver, IngestConfig config) {
        this.resolver = resolver;
        this.timeout = config.resolveTimeout();
    }

    /** The domains of the addresses; when the resolver fails or is late, every address is its own domain. */
    public Uni<ClientDomains> domainsOf(List<String> clientAddresses) {
        if (clientAddresses.isEmpty()) {
            return Uni.createFrom().item(ClientDomains.NONE);
        }
        ResolveRequest request = ResolveRequest.newBuilder().addAllIps(clientAddresses).build();
        // The deadline travels with the call, so the resolver answers with what it has by then.
        return resolver.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .resolve(request)
                .map(ClientDomains::from)
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("resolver gave no answer for %d addresses, counting them as addresses: %s",
                            clientAddresses.size(), failure.toString());
                    return ClientDomains.NONE;
                });
    }
}
