package io.hitstream.ingest.peer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolver's final answers kept in ingest, so that a client seen again costs no call: a log's clients repeat
 * batch after batch. A name is kept as long as the resolver keeps one, "no name" (and "not an address") as long as
 * it keeps that; an answer the resolver did not have in time, or gives with lookups off, is asked for again.
 */
final class AnswerCache {
    private final Cache<String, Kept> answers;

    /** At most {@code maximumSize} addresses, named ones for {@code ttl}, the others for {@code noNameTtl}. */
    AnswerCache(long maximumSize, Duration ttl, Duration noNameTtl, Ticker ticker) {
        this.answers = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.writing((String address, Kept kept) -> kept.named() ? ttl : noNameTtl))
                .ticker(ticker)
                // Evicting on the caller's thread keeps the bound at once, rather than after a hand-off per batch.
                .executor(Runnable::run)
                .build();
    }

    /** The kept answers of those of the addresses that have one. */
    Map<String, ClientDomains.Answer> answersOf(List<String> addresses) {
        Map<String, ClientDomains.Answer> known = new HashMap<>();
        answers.getAllPresent(addresses).forEach((address, kept) -> known.put(address, kept.answer()));
        return known;
    }

    /** Keeps the final answers of a response to {@code addresses}; one that cannot be paired up keeps nothing. */
    void keep(List<String> addresses, ResolveResponse response) {
        List<Resolution> resolutions = response.getAnswersList();
        if (resolutions.size() != addresses.size()) {
            return;
        }
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution resolution = resolutions.get(i);
            ResolveOutcome outcome = resolution.getOutcome();
            boolean named = outcome == ResolveOutcome.RESOLVE_OUTCOME_RESOLVED;
            if (named || outcome == ResolveOutcome.RESOLVE_OUTCOME_NO_NAME || outcome == ResolveOutcome.RESOLVE_OUTCOME_INVALID) {
                answers.put(addresses.get(i), new Kept(ResolverAnswers.answerOf(resolution), named));
            }
        }
    }

    private record Kept(ClientDomains.Answer answer, boolean named) {
    }
}
