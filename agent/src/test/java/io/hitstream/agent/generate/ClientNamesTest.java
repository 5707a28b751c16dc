package io.hitstream.agent.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.generate.ClientPool.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientNamesTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final List<Client> SMALL_POOL = List.of(
            new Client("203.0.113.7", "curl/8.5.0"),
            new Client("2001:db8:1a2b:3c4d::5e6f", BROWSER),
            new Client("198.51.100.23", CRAWLER),
            new Client("203.0.113.7", BROWSER),
            new Client("192.0.2.44", BROWSER),
            new Client("198.51.100.5", BROWSER),
            new Client("192.0.2.180", BROWSER),
            new Client("2001:db8:ffff::1", BROWSER));
    private static final int DEMO_POOL_SIZE = 1_500;

    @TempDir
    Path dir;

    /**
     * Seed 19 shows every kind of name: the address as label (IPv4 and IPv6), numbers counting up per domain, a
     * crawler's name; 203.0.113.7 is named once though two clients share it, and 192.0.2.180 is left unnamed.
     */
    @Test
    void namesEachAddressOnceUnderMadeUpDomains() {
        List<String> lines = new ClientNames(new Random(19)).entriesFor(SMALL_POOL).stream()
                .map(ClientNames.Entry::line).toList();

        assertEquals(List.of(
                "203.0.113.7 cache-1.example.de",
                "2001:db8:1a2b:3c4d::5e6f dsl-2001-db8-1a2b-3c4d--5e6f.example-isp.co.uk",
                "198.51.100.23 crawl-1.example.net",
                "192.0.2.44 host-1.example.com.au",
                "198.51.100.5 ftth-198-51-100-5.example-telecom.fr",
                "2001:db8:ffff::1 cache-2.example.de"), lines);
    }

    @Test
    void everyAddressOfThePoolIsNamedAtMostOnce() {
        List<Client> pool = new ClientPool(new Random(42), DEMO_POOL_SIZE).clients();
        List<String> poolAddresses = pool.stream().map(Client::address).toList();

        List<String> named = new ClientNames(new Random(42)).entriesFor(pool).stream()
                .map(ClientNames.Entry::address).toList();

        assertTrue(poolAddresses.stream().distinct().count() < DEMO_POOL_SIZE, "the pool shares addresses");
        assertEquals(named.stream().distinct().toList(), named);
        assertTrue(poolAddresses.containsAll(named));
    }

    @Test
    void aboutOneAddressInTenHasNoName() {
        List<Client> pool = new ClientPool(new Random(42), DEMO_POOL_SIZE).clients();
        long addresses = pool.stream().map(Client::address).distinct().count();

        int named = new ClientNames(new Random(42)).entriesFor(pool).size();

        double unnamedShare = 1 - (double) named / addresses;
        assertTrue(unnamedShare >= 0.07 && unnamedShare <= 0.13, unnamedShare + " of " + addresses + " unnamed");
    }

    @Test
    void writesAHostsFileWithACommentFirst() throws IOException {
        Path file = dir.resolve("clients.hosts");

        ClientNames.write(file, List.of(new ClientNames.Entry("203.0.113.7", "cache-1.example.de"),
                new ClientNames.Entry("2001:db8:ffff::1", "cache-2.example.de")));

        assertEquals("""
                # Made-up reverse DNS names of the sample's clients (hitstream-agent generate); an address not listed has no name.
                203.0.113.7 cache-1.example.de
                2001:db8:ffff::1 cache-2.example.de
                """, Files.readString(file));
    }
}
