package io.hitstream.resolver.domain;

import com.google.common.net.InternetDomainName;
import java.util.List;

/**
 * The registrable domain and the top-level domain of a host name, by the Public Suffix List that Guava carries.
 *
 * <p>The registrable domain is the one directly under an ICANN registry suffix (e.g. {@code amazonaws.com}
 * for {@code ec2-1-2-3-4.compute-1.amazonaws.com}), not under the list's private section, which would make
 * every cloud host its own "domain" in the Domain report.
 */
public record DomainParts(String registrableDomain, String topLevelDomain) {
    private static final DomainParts NONE = new DomainParts("", "");
    private static final String ANY_HOST = "www.example.co.uk";

    /**
     * Loads the Public Suffix List now. Guava builds it on first use, which takes a quarter of a second on a small
     * machine: long enough to make a resolver's first request miss a caller's deadline.
     */
    public static void loadSuffixList() {
        of(ANY_HOST);
    }

    /** The parts of a normalized host name; both empty when the name is not a valid domain name. */
    public static DomainParts of(String hostName) {
        if (!InternetDomainName.isValid(hostName)) {
            return NONE;
        }
        InternetDomainName name = InternetDomainName.from(hostName);
        List<String> labels = name.parts();
        String topLevel = labels.size() > 1 ? labels.get(labels.size() - 1) : "";
        String registrable = name.isUnderRegistrySuffix() ? name.topDomainUnderRegistrySuffix().toString() : "";
        return new DomainParts(registrable, topLevel);
    }
}
