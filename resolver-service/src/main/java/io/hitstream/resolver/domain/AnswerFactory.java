package io.hitstream.resolver.domain;

import java.net.InetAddress;
import java.time.Instant;

/** Builds answers from DNS results and persisted rows: host name parts, country, and how long each answer lasts. */
public final class AnswerFactory {
    private final CountryLookup countries;
    private final CachePolicy policy;

    public AnswerFactory(CountryLookup countries, CachePolicy policy) {
        this.countries = countries;
        this.policy = policy;
    }

    /** The cache entry for what a PTR query brought back at {@code now}. */
    public CachedAnswer fromPtr(InetAddress address, PtrResult result, Instant now) {
        return switch (result.kind()) {
            case NAME -> fromName(address, HostNames.normalize(result.name()), now);
            case NO_NAME -> new CachedAnswer(withoutName(Outcome.NO_NAME, address), now.plus(policy.negativeTtl()));
            case NO_ANSWER -> new CachedAnswer(withoutName(Outcome.TIMED_OUT, address), now.plus(policy.retryDelay()));
        };
    }

    /** The cache entry for a persisted answer; {@code hostName} is {@code null} for "no name". */
    public CachedAnswer fromStored(InetAddress address, String hostName, Instant expiresAt) {
        String host = HostNames.normalize(hostName);
        NameAnswer answer = host == null ? withoutName(Outcome.NO_NAME, address) : resolved(address, host);
        return new CachedAnswer(answer, expiresAt);
    }

    /** An answer without host name that still carries the address's country when GeoIP knows it. */
    public NameAnswer withoutName(Outcome outcome, InetAddress address) {
        return NameAnswer.withoutName(outcome, countries.countryOf(address));
    }

    private CachedAnswer fromName(InetAddress address, String host, Instant now) {
        if (host == null) {
            return new CachedAnswer(withoutName(Outcome.NO_NAME, address), now.plus(policy.negativeTtl()));
        }
        return new CachedAnswer(resolved(address, host), now.plus(policy.positiveTtl()));
    }

    private NameAnswer resolved(InetAddress address, String host) {
        DomainParts parts = DomainParts.of(host);
        String country = countries.countryOf(address);
        if (country.isEmpty()) {
            country = CountryCodeTld.countryOf(parts.topLevelDomain());
        }
        return new NameAnswer(Outcome.RESOLVED, host, parts.registrableDomain(), parts.topLevelDomain(), country);
    }
}
