package io.hitstream.resolver.store;

import static io.hitstream.resolver.testing.TestHosts.IPV6_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.IPV6_HOST;
import static io.hitstream.resolver.testing.TestHosts.NAMELESS_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.resolver.domain.NameAnswer;
import io.hitstream.resolver.domain.Outcome;
import io.hitstream.resolver.testing.ResolverDatabase;
import io.hitstream.resolver.testing.StandaloneResolver;
import io.hitstream.resolver.testing.TestHosts;
import io.hitstream.resolver.testing.UdpDnsRelay;
import io.hitstream.testing.Dnsmasq;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resolver restarted on the same database answers from the persisted cache; DNS is a server that never answers. */
class WarmStartTest {
    private static Dnsmasq dnsmasq;
    private ResolverDatabase database;
    private UdpDnsRelay silentDns;

    @BeforeAll
    static void startDns() throws Exception {
        dnsmasq = Dnsmasq.start(TestHosts.RECORDS);
    }

    @AfterAll
    static void stopDns() throws InterruptedException {
        dnsmasq.close();
    }

    @BeforeEach
    void createDatabase() throws Exception {
        database = ResolverDatabase.create();
        silentDns = UdpDnsRelay.silent();
    }

    @AfterEach
    void dropDatabase() {
        silentDns.close();
        database.close();
    }

    @Test
    void restartedResolverAnswersFromPersistedCacheWithoutDnsQuery() throws Exception {
        try (StandaloneResolver first = new StandaloneResolver(database, dnsmasq.address(), 1000)) {
            first.resolve(UK_ADDRESS, IPV6_ADDRESS, NAMELESS_ADDRESS);
            first.flush();
        }

        try (StandaloneResolver second = new StandaloneResolver(database, silentDns.address(), 1000)) {
            assertEquals(3, second.warmStart());
            Map<String, NameAnswer> answers = second.resolve(UK_ADDRESS, IPV6_ADDRESS, NAMELESS_ADDRESS);

            assertEquals(Map.of(
                    UK_ADDRESS, new NameAnswer(Outcome.RESOLVED, UK_HOST, "example.co.uk", "uk", "GB"),
                    IPV6_ADDRESS, new NameAnswer(Outcome.RESOLVED, IPV6_HOST, "example.net", "net", ""),
                    NAMELESS_ADDRESS, NameAnswer.withoutName(Outcome.NO_NAME, "")), answers);
            assertEquals(0, second.statistics().dnsQueries());
            assertEquals(0, silentDns.queries());
        }
    }

    @Test
    void answersArePersistedAsNameOrNoName() throws Exception {
        try (StandaloneResolver resolver = new StandaloneResolver(database, dnsmasq.address(), 1000)) {
            resolver.resolve(UK_ADDRESS, NAMELESS_ADDRESS);
            resolver.flush();
        }

        assertEquals(UK_HOST, database.hostNameOf(UK_ADDRESS));
        assertEquals("", database.hostNameOf(NAMELESS_ADDRESS));
    }

    @Test
    void timedOutLookupsAreNotPersisted() throws Exception {
        try (StandaloneResolver resolver = new StandaloneResolver(database, silentDns.address(), 1000)) {
            assertEquals(Outcome.TIMED_OUT, resolver.resolve(UK_ADDRESS).get(UK_ADDRESS).outcome());
            resolver.flush();
        }

        assertEquals(0, database.rows());
    }

    @Test
    void warmStartLoadsOnlyTheFreshestRowsTheCacheCanHold() throws Exception {
        Instant now = Instant.now();
        database.insert("198.100.0.1", "one.example.com", now.plus(Duration.ofDays(1)));
        database.insert("198.100.0.2", "two.example.com", now.plus(Duration.ofDays(2)));
        database.insert("198.100.0.3", "three.example.com", now.plus(Duration.ofDays(3)));

        try (StandaloneResolver resolver = new StandaloneResolver(database, silentDns.address(), 2)) {
            assertEquals(2, resolver.warmStart());
            Map<String, NameAnswer> answers = resolver.resolve("198.100.0.2", "198.100.0.3");

            assertEquals("two.example.com", answers.get("198.100.0.2").hostName());
            assertEquals("three.example.com", answers.get("198.100.0.3").hostName());
            assertEquals(0, silentDns.queries());
        }
    }

    @Test
    void expiredRowsAreNeitherLoadedNorKeptByThePurge() throws Exception {
        Instant now = Instant.now();
        database.insert("198.100.0.1", "old.example.com", now.minus(Duration.ofMinutes(1)));
        database.insert("198.100.0.2", "fresh.example.com", now.plus(Duration.ofDays(1)));

        try (StandaloneResolver resolver = new StandaloneResolver(database, silentDns.address(), 1000)) {
            assertEquals(1, resolver.warmStart());
            assertEquals(1, resolver.table().purgeExpired().await().atMost(Duration.ofSeconds(10)));
        }

        assertEquals(null, database.hostNameOf("198.100.0.1"));
        assertEquals("fresh.example.com", database.hostNameOf("198.100.0.2"));
    }
}
