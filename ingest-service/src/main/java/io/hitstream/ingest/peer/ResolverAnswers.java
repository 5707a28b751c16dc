package io.hitstream.ingest.peer;

import io.hitstream.ingest.domain.BoundedText;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.rollups.RollupLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the resolver's answers to a chunk of addresses as the domains and countries their hits count under. */
final class ResolverAnswers {
    private ResolverAnswers() {
    }

    /**
     * The registrable domains and countries the resolver found for {@code addresses}, whose answers come in the same
     * order. A response that does not answer every address (a failed call, or a peer off the contract) cannot be
     * paired up and counts as no answer.
     */
    static ClientDomains of(List<String> addresses, ResolveResponse response) {
        List<Resolution> answers = response.getAnswersList();
        if (answers.size() != addresses.size()) {
            return ClientDomains.NONE;
        }
        Map<String, ClientDomains.Answer> byAddress = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            byAddress.put(addresses.get(i), answerOf(answers.get(i)));
        }
        return ClientDomains.of(byAddress);
    }

    /** The domain and country of one answer, bounded as keys. */
    static ClientDomains.Answer answerOf(Resolution answer) {
        return new ClientDomains.Answer(BoundedText.truncate(answer.getRegistrableDomain(), RollupLimits.MAX_KEY_LENGTH),
                BoundedText.truncate(answer.getCountryCode(), RollupLimits.MAX_KEY_LENGTH));
    }
}
