package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReverseNameTest {

    @Test
    void ipv4OctetsAreReversedUnderInAddrArpa() {
        assertEquals("34.216.184.93.in-addr.arpa", ReverseName.of(IpAddressText.parse("93.184.216.34")));
    }

    @Test
    void ipv6NibblesAreReversedUnderIp6Arpa() {
        assertEquals("8.8.8.8." + "0.".repeat(16) + "0.6.8.4.0.6.8.4.1.0.0.2.ip6.arpa",
                ReverseName.of(IpAddressText.parse("2001:4860:4860::8888")));
    }

    @Test
    void ipv4MappedIpv6AddressIsAskedAsIpv4() {
        assertEquals("34.216.184.93.in-addr.arpa", ReverseName.of(IpAddressText.parse("::ffff:93.184.216.34")));
    }
}
