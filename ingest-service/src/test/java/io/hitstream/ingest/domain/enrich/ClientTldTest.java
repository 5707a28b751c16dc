package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientTldTest {
    @Test
    void aDomainCountsUnderItsLastLabel() {
        assertEquals("uk", ClientTld.of("example-isp.co.uk"));
    }

    @Test
    void theTopLevelDomainIsLowerCase() {
        assertEquals("de", ClientTld.of("Example.DE."));
    }

    @Test
    void anIpv4AddressCountsAsAddress() {
        assertEquals("(address)", ClientTld.of("192.0.2.7"));
    }

    @Test
    void anIpv6AddressCountsAsAddress() {
        assertEquals("(address)", ClientTld.of("2001:db8::7"));
    }

    @Test
    void anEmptyKeyCountsAsAddress() {
        assertEquals("(address)", ClientTld.of(""));
    }

    @Test
    void aSingleLabelNameIsItsOwnTopLevelDomain() {
        assertEquals("localhost", ClientTld.of("localhost"));
    }
}
