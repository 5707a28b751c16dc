package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReservedAddressesTest {

    @Test
    void privateLoopbackLinkLocalAndUniqueLocalRangesAreReserved() {
        List<String> reserved = List.of("10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "127.0.0.1",
                "169.254.10.20", "100.64.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.251", "192.0.2.7",
                "::1", "::", "fe80::1", "fd12:3456::1", "fc00::1", "ff02::1", "2001:db8::1", "::ffff:10.0.0.1");

        assertEquals(reserved.stream().collect(Collectors.toMap(Function.identity(), ip -> true)), classify(reserved));
    }

    @Test
    void publicAddressesNextToReservedRangesAreNot() {
        List<String> open = List.of("172.15.255.255", "172.32.0.0", "11.0.0.1", "192.169.0.1", "100.128.0.1",
                "93.184.216.34", "2001:4860:4860::8888", "fec0::1", "2001:db9::1");

        assertEquals(open.stream().collect(Collectors.toMap(Function.identity(), ip -> false)), classify(open));
    }

    private static Map<String, Boolean> classify(List<String> addresses) {
        return addresses.stream().collect(Collectors.toMap(Function.identity(),
                ip -> ReservedAddresses.contains(IpAddressText.parse(ip))));
    }
}
