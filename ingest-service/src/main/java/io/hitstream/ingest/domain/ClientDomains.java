package io.hitstream.ingest.domain;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The domain key of each client address: the resolver's registrable domain, or the address itself. */
public final class ClientDomains {
    /** No answers: every address is its own key. */
    public static final ClientDomains NONE = new ClientDomains(Map.of());

    private final Map<String, String> domains;

    private ClientDomains(Map<String, String> domains) {
        this.domains = domains;
    }

    /** The registrable domains the resolver found; addresses it answered without one keep their address. */
    public static ClientDomains from(ResolveResponse response) {
        return from(List.of(response));
    }

    /** The same over the answers to several calls, one per chunk of a batch's addresses. */
    public static ClientDomains from(List<ResolveResponse> responses) {
        Map<String, String> domains = new HashMap<>();
        for (ResolveResponse response : responses) {
            for (Resolution resolution : response.getResultsList()) {
                if (!resolution.getRegistrableDomain().isEmpty()) {
                    domains.put(resolution.getIp(), BoundedText.truncate(resolution.getRegistrableDomain(), BoundedText.MAX_KEY_LENGTH));
                }
            }
        }
        return new ClientDomains(domains);
    }

    /** The key the address's hits are counted under. */
    public String domainOf(String clientAddress) {
        return domains.getOrDefault(clientAddress, clientAddress);
    }
}
