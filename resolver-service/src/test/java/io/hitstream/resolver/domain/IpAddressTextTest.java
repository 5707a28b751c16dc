package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IpAddressTextTest {

    @Test
    void hostNameIsNotAnAddressAndIsNeverLookedUp() {
        assertNull(IpAddressText.parse("localhost"));
    }

    @Test
    void emptyAndOverlongTextIsNotAnAddress() {
        assertNull(IpAddressText.parse(""));
        assertNull(IpAddressText.parse("1".repeat(65)));
    }

    @Test
    void outOfRangeOctetIsNotAnAddress() {
        assertNull(IpAddressText.parse("93.184.216.256"));
    }

    @Test
    void ipv6IsWrittenInCanonicalForm() {
        assertEquals("2001:db8::1", IpAddressText.canonical(IpAddressText.parse("2001:0DB8:0:0:0:0:0:0001")));
    }
}
