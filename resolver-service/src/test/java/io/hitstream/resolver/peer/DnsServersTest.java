package io.hitstream.resolver.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsServersTest {

    @Test
    void ipv4WithAndWithoutPort() {
        assertEquals(InetSocketAddress.createUnresolved("10.0.0.1", 53), DnsServers.parse("10.0.0.1"));
        assertEquals(InetSocketAddress.createUnresolved("127.0.0.1", 5353), DnsServers.parse("127.0.0.1:5353"));
    }

    @Test
    void ipv6BareOrInBracketsWithPort() {
        assertEquals(InetSocketAddress.createUnresolved("2001:db8::53", 53), DnsServers.parse("2001:db8::53"));
        assertEquals(InetSocketAddress.createUnresolved("::1", 5353), DnsServers.parse("[::1]:5353"));
    }

    @Test
    void garbageAfterTheBracketIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DnsServers.parse("[::1]5353"));
    }

    @Test
    void hostNameIsRefusedBecauseItWouldNeedDnsItself() {
        assertThrows(IllegalArgumentException.class, () -> DnsServers.parse("dns.example.com:53"));
    }

    @Test
    void resolvConfGivesItsNameserversInOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("resolv.conf"),
                "# generated\nsearch example.org\nnameserver 10.255.255.53\nnameserver ::1\noptions ndots:1\n");

        assertEquals(List.of(InetSocketAddress.createUnresolved("10.255.255.53", 53),
                InetSocketAddress.createUnresolved("::1", 53)), DnsServers.fromResolvConf(file));
    }
}
