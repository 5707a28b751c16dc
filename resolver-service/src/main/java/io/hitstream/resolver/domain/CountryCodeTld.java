package io.hitstream.resolver.domain;

import java.util.Locale;
import java.util.Set;

/** The country a country-code top-level domain stands for: the fallback when GeoIP does not know the address. */
public final class CountryCodeTld {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private CountryCodeTld() {
    }

    /** The ISO 3166-1 alpha-2 code for a top-level domain such as {@code uk} or {@code de}, else empty. */
    public static String countryOf(String topLevelDomain) {
        if (topLevelDomain.length() != 2) {
            return "";
        }
        // .uk is the one ccTLD that differs from its country's ISO code (GB).
        String code = topLevelDomain.equals("uk") ? "GB" : topLevelDomain.toUpperCase(Locale.ROOT);
        return ISO_COUNTRIES.contains(code) ? code : "";
    }
}
