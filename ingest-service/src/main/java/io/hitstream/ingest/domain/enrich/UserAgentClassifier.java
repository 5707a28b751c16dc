package io.hitstream.ingest.domain.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hitstream.ingest.domain.BoundedText;
import java.util.function.Function;

/**
 * Classifies user agents, each distinct string parsed once: a parse costs milliseconds on a busy core (bench/RESULTS.md),
 * a log repeats a few thousand strings millions of times, so answers stay in a bounded cache. Strings are cut
 * before parsing and caching, so a hostile agent can neither make a parse slow nor a cache entry large.
 */
public final class UserAgentClassifier {
    /** Longest user agent classified; real ones stay under 400 chars, the rest is cut. */
    static final int MAX_USER_AGENT_LENGTH = 512;
    /** What a line without user agent ({@code -} or empty) is. */
    static final UserAgentClass NONE = new UserAgentClass("Other", "Other", "Other", "");

    private final Cache<String, UserAgentClass> classes;
    private final Function<String, UserAgentClass> parse;

    /** A classifier keeping at most {@code maximumCachedAgents} answers (least recently used go first). */
    public UserAgentClassifier(long maximumCachedAgents) {
        this(maximumCachedAgents, new UserAgentParser()::classify);
    }

    UserAgentClassifier(long maximumCachedAgents, Function<String, UserAgentClass> parse) {
        // Evicting on the caller's thread keeps the bound at once, rather than after a hand-off per miss.
        this.classes = Caffeine.newBuilder().maximumSize(maximumCachedAgents).executor(Runnable::run).build();
        this.parse = parse;
    }

    /** The class of a user-agent field from a log. */
    public UserAgentClass classify(String userAgent) {
        String agent = BoundedText.truncate(userAgent.strip(), MAX_USER_AGENT_LENGTH);
        if (agent.isEmpty() || agent.equals("-")) {
            return NONE;
        }
        return classes.get(agent, parse);
    }
}
