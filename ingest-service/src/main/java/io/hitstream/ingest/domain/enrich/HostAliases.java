package io.hitstream.ingest.domain.enrich;

import io.hitstream.ingest.domain.BoundedText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names a host by its site: lower-cased, without port or trailing dot, and through the configured aliases
 * ({@code www.example.org} → {@code example.org}), the way virtual hosts and self-referrals are told apart.
 */
public final class HostAliases {
    /** The longest host name DNS allows; anything longer from a log is cut here. */
    static final int MAX_HOST_LENGTH = 253;

    private final Map<String, String> siteByHost;

    private HostAliases(Map<String, String> siteByHost) {
        this.siteByHost = siteByHost;
    }

    /** Aliases by site: each site's own name and every alias named for it count as that site. */
    public static HostAliases of(Map<String, ? extends Iterable<String>> aliasesBySite) {
        Map<String, String> siteByHost = new HashMap<>();
        aliasesBySite.forEach((site, aliases) -> {
            String canonical = normalise(site);
            siteByHost.put(canonical, canonical);
            for (String alias : aliases) {
                String previous = siteByHost.put(normalise(alias), canonical);
                if (previous != null && !previous.equals(canonical)) {
                    throw new IllegalArgumentException(
                            "host alias " + alias + " is given for both " + previous + " and " + canonical);
                }
            }
        });
        return new HostAliases(Map.copyOf(siteByHost));
    }

    /** The site a host name from a log stands for: its alias's site, or the normalised name itself. */
    public String siteOf(String host) {
        String name = normalise(host);
        return siteByHost.getOrDefault(name, name);
    }

    /** The configured site a host name from a log stands for, by its name or an alias; empty when it is none. */
    public Optional<String> knownSiteOf(String host) {
        return Optional.ofNullable(siteByHost.get(normalise(host)));
    }

    /** A host as a key: lower-case, without port, brackets of an IPv6 literal or trailing dot, bounded. */
    static String normalise(String host) {
        String name = host.strip();
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name.substring(1) : name.substring(1, close);
        } else {
            int colon = name.indexOf(':');
            if (colon >= 0 && colon == name.lastIndexOf(':')) {
                name = name.substring(0, colon);
            }
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return BoundedText.truncate(name.toLowerCase(Locale.ROOT), MAX_HOST_LENGTH);
    }
}
