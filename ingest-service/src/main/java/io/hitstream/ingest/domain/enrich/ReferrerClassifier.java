package io.hitstream.ingest.domain.enrich;

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

    private final HostAliases hosts;

    /** A classifier that knows every site's host names through {@code hosts}. */
    public ReferrerClassifier(HostAliases hosts) {
        this.hosts = hosts;
    }

    /** The referrer of a hit on {@code site} (a canonical site name). */
    public Referrer classify(String site, String referrerField) {
        String field = referrerField.strip();
        int schemeEnd = field.indexOf("://");
        if (schemeEnd <= 0 || schemeEnd > MAX_SCHEME_LENGTH || !isScheme(field, schemeEnd)) {
            return Referrer.NONE;
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityEnd(field, authorityStart);
        String host = hostOf(field.substring(authorityStart, authorityEnd));
        if (host.isEmpty()) {
            return Referrer.NONE;
        }
        String path = Keys.withoutQuery(field.substring(authorityEnd));
        String page = path.startsWith("/") ? path : "/";
        if (hosts.siteOf(host).equals(site)) {
            return new Referrer(Referrer.Kind.INTERNAL, BoundedText.truncate(page, MAX_URL_LENGTH), "", "");
        }
        String authority = host.indexOf(':') >= 0 ? '[' + host + ']' : host;
        String url = field.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://" + authority + page;
        return external(BoundedText.truncate(url, MAX_URL_LENGTH), host);
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
}
