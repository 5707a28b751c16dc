package io.hitstream.ingest.domain.enrich;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.net.InternetDomainName;
import io.hitstream.ingest.domain.BoundedText;
import java.util.Locale;

/**
 * Classifies a referrer field: none, a page of the same site (a self-referral, which names the page holding a bad
 * link) or an external URL with its registrable domain by the Public Suffix List (Guava's, as the resolver uses)
 * and its search engine. Only absolute URLs ({@code scheme://host…}) are referrers; anything else in the field
 * ({@code -}, a bare word) is no referrer, as AWStats counts it under "direct address / bookmark".
 */
public final class ReferrerClassifier {
    /** Longest referrer URL or internal page key. */
    static final int MAX_URL_LENGTH = 1024;
    private static final int MAX_SCHEME_LENGTH = 32;
    /** Most referrer URLs kept read; each is at most {@link #MAX_URL_LENGTH} chars, so the cache stays a few MiB. */
    private static final int MAX_CACHED_REFERRERS = 10_000;
    private static final Reading NO_REFERRER = new Reading("", Referrer.NONE, Referrer.NONE);

    private final HostAliases hosts;
    private final Cache<String, Reading> readings;

    /** A classifier that knows every site's host names through {@code hosts}. */
    public ReferrerClassifier(HostAliases hosts) {
        this.hosts = hosts;
        // Evicting on the caller's thread keeps the bound at once, rather than after a hand-off per miss.
        this.readings = Caffeine.newBuilder().maximumSize(MAX_CACHED_REFERRERS).executor(Runnable::run).build();
    }

    /** The referrer of a hit on {@code site} (a canonical site name). */
    public Referrer classify(String site, String referrerField) {
        // The query and fragment are dropped from every key, so they cannot make two readings differ.
        String url = Keys.withoutQuery(referrerField.strip());
        Reading reading = url.length() > MAX_URL_LENGTH ? read(url) : readings.get(url, ReferrerClassifier::read);
        if (reading == NO_REFERRER) {
            return Referrer.NONE;
        }
        return hosts.siteOf(reading.host()).equals(site) ? reading.internal() : reading.external();
    }

    /** What a referrer URL (without query) is for a site whose host it is, and for any other site. */
    private static Reading read(String field) {
        int schemeEnd = field.indexOf("://");
        if (schemeEnd <= 0 || schemeEnd > MAX_SCHEME_LENGTH || !isScheme(field, schemeEnd)) {
            return NO_REFERRER;
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityEnd(field, authorityStart);
        String host = hostOf(field.substring(authorityStart, authorityEnd));
        if (host.isEmpty()) {
            return NO_REFERRER;
        }
        String path = field.substring(authorityEnd);
        String page = path.startsWith("/") ? path : "/";
        Referrer internal = new Referrer(Referrer.Kind.INTERNAL, BoundedText.truncate(page, MAX_URL_LENGTH), "", "");
        String authority = host.indexOf(':') >= 0 ? '[' + host + ']' : host;
        String url = field.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://" + authority + page;
        return new Reading(host, internal, external(BoundedText.truncate(url, MAX_URL_LENGTH), host));
    }

    private static Referrer external(String url, String host) {
        if (!InternetDomainName.isValid(host)) {
            return new Referrer(Referrer.Kind.EXTERNAL, url, host, "");
        }
        InternetDomainName name = InternetDomainName.from(host);
        if (!name.isUnderRegistrySuffix()) {
            return new Referrer(Referrer.Kind.EXTERNAL, url, host, "");
        }
        String domain = name.topDomainUnderRegistrySuffix().toString();
        String subdomain = host.length() > domain.length() ? host.substring(0, host.length() - domain.length() - 1) : "";
        String label = domain.substring(0, domain.indexOf('.'));
        return new Referrer(Referrer.Kind.EXTERNAL, url, domain, SearchEngines.engineOf(subdomain, label));
    }

    private static boolean isScheme(String field, int end) {
        for (int i = 0; i < end; i++) {
            char c = field.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static int authorityEnd(String field, int start) {
        for (int i = start; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return field.length();
    }

    /** The host of an authority, without the user information a URL may carry before it. */
    private static String hostOf(String authority) {
        return HostAliases.normalise(authority.substring(authority.lastIndexOf('@') + 1));
    }

    /** A referrer URL read: its host, and the referrer it is on the host's own site and on any other. */
    private record Reading(String host, Referrer internal, Referrer external) {
    }
}
