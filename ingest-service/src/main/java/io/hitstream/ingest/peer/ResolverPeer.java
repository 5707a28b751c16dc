package io.hitstream.ingest.peer;

import com.github.benmanes.caffeine.cache.Ticker;
import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.MutinyResolverServiceGrpc.MutinyResolverServiceStub;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Ingest's client of the resolver: one call per batch (per chunk of a large one) for the addresses it has no answer
 * kept for, bounded by a deadline, never failing the batch.
 */
@ApplicationScoped
public class ResolverPeer {
    private static final Logger LOG = Logger.getLogger(ResolverPeer.class);

    private final MutinyResolverServiceStub resolver;
    private final Duration timeout;
    private final int chunkSize;
    private final AnswerCache kept;

    @Inject
    ResolverPeer(@GrpcClient("resolver") MutinyResolverServiceStub resolver, IngestConfig config) {
        this(resolver, config.resolveTimeout(), config.resolveChunkSize(), new AnswerCache(config.resolveCacheSize(),
                config.resolveCacheTtl(), config.resolveCacheNoNameTtl(), Ticker.systemTicker()));
    }

    ResolverPeer(MutinyResolverServiceStub resolver, Duration timeout, int chunkSize, AnswerCache kept) {
        this.resolver = resolver;
        this.timeout = timeout;
        this.chunkSize = chunkSize;
        this.kept = kept;
    }

    /** The domains of the addresses; when the resolver fails or is late, every address is its own domain. */
    public Uni<ClientDomains> domainsOf(List<String> clientAddresses) {
        Map<String, ClientDomains.Answer> known = kept.answersOf(clientAddresses);
        List<String> asked = known.isEmpty() ? clientAddresses
                : clientAddresses.stream().filter(address -> !known.containsKey(address)).toList();
        List<Uni<ClientDomains>> calls = new ArrayList<>();
        calls.add(Uni.createFrom().item(ClientDomains.of(known)));
        for (int from = 0; from < asked.size(); from += chunkSize) {
            List<String> chunk = asked.subList(from, Math.min(asked.size(), from + chunkSize));
            calls.add(resolve(chunk).map(response -> {
                kept.keep(chunk, response);
                return ResolverAnswers.of(chunk, response);
            }));
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
