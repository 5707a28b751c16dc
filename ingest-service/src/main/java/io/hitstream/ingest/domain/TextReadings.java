package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.Referrer;
import io.hitstream.ingest.domain.enrich.UserAgentClass;
import java.util.HashMap;
import java.util.Map;

/**
 * What a batch's user agents and referrers are, each distinct text read once per batch: the classifiers' shared
 * caches still strip, cut and look every line's text up, and a referrer's site is found again from its host each
 * time. One per batch and site, so it holds no more texts than the batch has.
 */
final class TextReadings {
    private final DimensionRules rules;
    private final String site;
    private final Map<String, UserAgentClass> agents = new HashMap<>();
    private final Map<String, Referrer> referrers = new HashMap<>();

    /** Readings of the texts of hits on {@code site} (a canonical site name). */
    TextReadings(DimensionRules rules, String site) {
        this.rules = rules;
        this.site = site;
    }

    /** The class of a user-agent field, "" for a line without one. */
    UserAgentClass agentOf(String userAgent) {
        return agents.computeIfAbsent(userAgent, rules.userAgents()::classify);
    }

    /** The referrer of a referrer field of a hit on this site. */
    Referrer referrerOf(String referrerField) {
        return referrers.computeIfAbsent(referrerField, field -> rules.referrers().classify(site, field));
    }
}
