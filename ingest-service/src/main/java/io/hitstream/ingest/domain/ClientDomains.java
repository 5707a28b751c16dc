package io.hitstream.ingest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the resolver answered for each client address: the registrable domain its hits count under and its
 * country. An address without a domain counts under itself, one without a country under {@link #UNKNOWN_COUNTRY}.
 */
public final class ClientDomains {
    /** No answers: every address is its own key, of no known country. */
    public static final ClientDomains NONE = new ClientDomains(Map.of());
    /** The country key of a client whose country is not known. */
    public static final String UNKNOWN_COUNTRY = "unknown";

    /** What is known of one address; empty strings for what is not. */
    public record Answer(String domain, String country) {
    }

    private final Map<String, Answer> answers;

    private ClientDomains(Map<String, Answer> answers) {
        this.answers = answers;
    }

    /** The answers by address. */
    public static ClientDomains of(Map<String, Answer> answers) {
        return new ClientDomains(Map.copyOf(answers));
    }

    /** The answers of several calls, one per chunk of a batch's addresses, as one. */
    public static ClientDomains merge(List<ClientDomains> chunks) {
        Map<String, Answer> answers = new HashMap<>();
        for (ClientDomains chunk : chunks) {
            answers.putAll(chunk.answers);
        }
        return new ClientDomains(answers);
    }

    /** The key the address's hits are counted under. */
    public String domainOf(String clientAddress) {
        Answer answer = answers.get(clientAddress);
        return answer == null || answer.domain().isEmpty() ? clientAddress : answer.domain();
    }

    /** The country the address's hits are counted under. */
    public String countryOf(String clientAddress) {
        Answer answer = answers.get(clientAddress);
        return answer == null || answer.country().isEmpty() ? UNKNOWN_COUNTRY : answer.country();
    }
}
