package io.hitstream.resolver.domain;

import java.net.InetAddress;

/** Finds the ISO 3166-1 alpha-2 country of an address, e.g. in a GeoIP database. */
public interface CountryLookup {

    /** Used when no GeoIP database is configured. */
    CountryLookup NONE = address -> "";

    /** The upper-case country code, or an empty string when unknown. */
    String countryOf(InetAddress address);
}
