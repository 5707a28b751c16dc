package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.Referrer;
import io.hitstream.ingest.domain.enrich.UserAgentClass;

/**
 * What a site's user agents and referrers are, each distinct text read once while it is kept ({@link KeptReadings}):
 * the classifiers' shared caches still strip, cut and look every line's text up, and a referrer's site is found
 * again from its host each time. Kept per stream and site ({@link StreamReadings}), used by one batch at a time.
 */
final class TextReadings {
    private final KeptReadings<UserAgentClass> agents;
    private final KeptReadings<Referrer> referrers;

    /** Readings of the texts of hits on {@code site} (a canonical site name), at most so many kept of each. */
    TextReadings(DimensionRules rules, String site, int maxTexts, long maxChars) {
        this.agents = new KeptReadings<>(maxTexts, maxChars, rules.userAgents()::classify);
        this.referrers = new KeptReadings<>(maxTexts, maxChars, field -> rules.referrers().classify(site, field));
    }

    /** The class of a user-agent field, "" for a line without one. */
    UserAgentClass agentOf(String userAgent) {
        return agents.of(userAgent);
    }

    /** The referrer of a referrer field of a hit on this site. */
    Referrer referrerOf(String referrerField) {
        return referrers.of(referrerField);
    }

    /** The characters of the texts kept. */
    long chars() {
        return agents.chars() + referrers.chars();
    }
}
