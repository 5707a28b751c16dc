package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryCodeTldTest {

    @Test
    void ukStandsForGreatBritain() {
        assertEquals("GB", CountryCodeTld.countryOf("uk"));
    }

    @Test
    void countryCodeTldIsItsIsoCode() {
        assertEquals("DE", CountryCodeTld.countryOf("de"));
    }

    @Test
    void genericAndNonCountryTldsHaveNoCountry() {
        assertEquals("", CountryCodeTld.countryOf("com"));
        assertEquals("", CountryCodeTld.countryOf("eu"));
        assertEquals("", CountryCodeTld.countryOf(""));
    }
}
