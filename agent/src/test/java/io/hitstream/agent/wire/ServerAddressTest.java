package io.hitstream.agent.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void hostAndPortAreParsed() {
        assertEquals(new ServerAddress("ingest.example.org", 8180), ServerAddress.parse("ingest.example.org:8180"));
    }

    @Test
    void bracketedIpv6AddressIsParsedAndWrittenBack() {
        ServerAddress address = ServerAddress.parse("[2001:db8::1]:8180");

        assertEquals(new ServerAddress("2001:db8::1", 8180), address);
        assertEquals("[2001:db8::1]:8180", address.toString());
    }

    @Test
    void addressWithoutPortIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("localhost"));

        assertEquals("expected host:port, got 'localhost'", refused.getMessage());
    }

    @Test
    void portOutOfRangeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("localhost:70000"));

        assertEquals("not a server address: localhost:70000", refused.getMessage());
    }

    @Test
    void unbracketedIpv6AddressIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("::1:8180"));

        assertEquals("an IPv6 address goes in brackets, e.g. [::1]:8180, got '::1:8180'", refused.getMessage());
    }
}
