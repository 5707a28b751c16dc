package io.hitstream.ingest.domain;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.rollups.RollupLimits;
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

    /**
     * The registrable domains the resolver found for {@code addresses}, whose answers come in the same order;
     * addresses answered without one keep their address. A response that does not answer every address (a
     * failed call, or a peer off the contract) cannot be paired up and counts as no answer.
     */
    public static ClientDomains of(List<String> addresses, ResolveResponse response) {
        List<Resolution> answers = response.getAnswersList();
        if (answers.size() != addresses.size()) {
            return NONE;
        }
        Map<String, String> domains = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String domain = answers.get(i).getRegistrableDomain();
            if (!domain.isEmpty()) {
                domains.put(addresses.get(i), BoundedText.truncate(domain, RollupLimits.MAX_KEY_LENGTH));
            }
        }
        return new ClientDomains(domains);
    }

    /** The domains of several calls, one per chunk of a batch's addresses, as one. */
    public static ClientDomains merge(List<ClientDomains> chunks) {
        Map<String, String> domains = new HashMap<>();
        for (ClientDomains chunk : chunks) {
            domains.putAll(chunk.domains);
        }
        return new ClientDomains(domains);
    }

    /** The key the address's hits are counted under. */
    public String domainOf(String clientAddress) {
        return domains.getOrDefault(clientAddress, clientAddress);
    }
}
