package io.hitstream.resolver.domain;

/**
 * What the resolver knows about one address: the outcome and, when resolved, the host name with its
 * registrable domain and top-level domain; the country whenever it is known. Empty strings mean "none".
 */
public record NameAnswer(Outcome outcome, String hostName, String registrableDomain, String topLevelDomain,
                         String countryCode) {

    /** The answer for text that is not an IP address. */
    public static final NameAnswer INVALID = new NameAnswer(Outcome.INVALID, "", "", "", "");

    /** An answer without host name, e.g. no PTR record or lookups switched off. */
    public static NameAnswer withoutName(Outcome outcome, String countryCode) {
        return new NameAnswer(outcome, "", "", "", countryCode);
    }
}
