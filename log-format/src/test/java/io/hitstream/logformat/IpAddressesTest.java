package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static long[] ipv6(String text) {
        long[] out = new long[2];
        assertTrue(IpAddresses.ipv6(bytes(text), 0, text.length(), out), text);
        return out;
    }

    @Test
    void ipv6FormsExpandToTheSameAddress() {
        long[] full = {0x20010db800000000L, 0x0000000000050001L};

        assertArrayEquals(full, ipv6("2001:db8::5:1"));
        assertArrayEquals(full, ipv6("2001:0db8:0000:0000:0000:0000:0005:0001"));
        assertArrayEquals(new long[] {0, 1}, ipv6("::1"));
        assertArrayEquals(new long[] {0, 0}, ipv6("::"));
        assertArrayEquals(new long[] {0x0001000000000000L, 0}, ipv6("1::"));
        assertArrayEquals(new long[] {0, 0x0000ffff0a000001L}, ipv6("::ffff:10.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":1", "1:", "1:::2", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "12345::", "g::1",
        "1:2:3:4::5:6:7:8", "::1.2.3"})
    void malformedIpv6IsRefused(String text) {
        assertFalse(IpAddresses.ipv6(bytes(text), 0, text.length(), new long[2]));
    }

    @Test
    void ipv4IsReadAsAnUnsignedValue() {
        assertEquals(0xC0A80001L, IpAddresses.ipv4(bytes("192.168.0.1"), 0, 11));
        assertEquals(0xFFFFFFFFL, IpAddresses.ipv4(bytes("255.255.255.255"), 0, 15));
        assertEquals(-1, IpAddresses.ipv4(bytes("1.2.3.04444"), 0, 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"81.2.69.142", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2a02:1810::1", "2606:4700::1111", "::ffff:8.8.8.8"})
    void globallyRoutableAddressesArePublic(String address) {
        assertTrue(IpAddresses.isPublic(bytes(address), 0, address.length()));
    }
}
