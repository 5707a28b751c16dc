package io.hitstream.ingest.peer;

import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.MutinyResolverServiceGrpc.MutinyResolverServiceStub;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Ingest's client of the resolver: one call per batch (per chunk of a large one), bounded by a deadline, never failing the batch. */
@ApplicationScoped
public class ResolverPeer {
    private static final Logger LOG = Logger.getLogger(ResolverPeer.class);

    private final MutinyResolverServiceStub resolver;
    private final Duration timeout;
    private final int chunkSize;

    ResolverPeer(@GrpcClient("resolver") MutinyResolverServiceStub resolver, IngestConfig config) {
        this.resolver = resolver;
        this.timeout = config.resolveTimeout();
        this.chunkSize = config.resolveChunkSize();
    }

    /** The domains of the addresses; when the resolver fails or is late, every address is its own domain. */
    public Uni<ClientDomains> domainsOf(List<String> clientAddresses) {
        if (clientAddresses.isEmpty()) {
            return Uni.createFrom().item(ClientDomains.NONE);
        }
        List<Uni<ClientDomains>> calls = new ArrayList<>();
        for (int from = 0; from < clientAddresses.size(); from += chunkSize) {
            List<String> chunk = clientAddresses.subList(from, Math.min(clientAddresses.size(), from + chunkSize));
            calls.add(resolve(chunk).map(response -> ResolverAnswers.of(chunk, response)));
        }
        return Uni.join().all(calls).andFailFast().map(ClientDomains::merge);
    }

    private Uni<ResolveResponse> resolve(List<String> addresses) {
        ResolveRequest request = ResolveRequest.newBuilder().addAllIps(addresses).build();
        // The deadline travels with the call, so the resolver answers with what it has by then.
        return resolver.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .resolve(request)
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("resolver gave no answer for %d addresses, counting them as addresses: %s",
                            addresses.size(), failure.toString());
                    return ResolveResponse.getDefaultInstance();
                });
    }
}
