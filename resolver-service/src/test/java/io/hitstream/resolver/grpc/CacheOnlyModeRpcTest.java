package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.SeededDatabaseResource.CACHED_ADDRESS;
import static io.hitstream.resolver.testing.SeededDatabaseResource.CACHED_HOST;
import static io.hitstream.resolver.testing.TestHosts.IPV6_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.resolver.testing.SeededDatabaseResource;
import io.hitstream.testing.Dnsmasq;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mode cache-only, started on a database a previous run left an answer in: that answer comes from the warm cache,
 * every other address comes back disabled, and DNS (which knows other names) is never asked.
 */
@QuarkusTest
@TestProfile(CacheOnlyModeRpcTest.CacheOnly.class)
@QuarkusTestResource(value = SeededDatabaseResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DnsmasqResource.class, restrictToAnnotatedClass = true)
class CacheOnlyModeRpcTest {
    /** hitstream.resolver.mode=cache-only. */
    public static class CacheOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.resolver.mode", "cache-only");
        }
    }

    @InjectDns
    Dnsmasq dnsmasq;

    private ResolverClient client;

    @BeforeEach
    void connect() {
        client = ResolverClient.connect();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        client.close();
    }

    @Test
    void persistedAnswerComesFromTheWarmCache() throws Exception {
        Resolution resolution = client.resolve(CACHED_ADDRESS).get(CACHED_ADDRESS);

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED, resolution.getOutcome());
        assertEquals(CACHED_HOST, resolution.getHostName());
        assertEquals("example.org", resolution.getRegistrableDomain());
        assertEquals(0, dnsmasq.queries());
    }

    @Test
    void uncachedAddressIsDisabledAndDnsIsNotAsked() throws Exception {
        Resolution resolution = client.resolve(IPV6_ADDRESS).get(IPV6_ADDRESS);

        assertEquals(Resolution.newBuilder()
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_DISABLED)
                .build(), resolution);
        assertEquals(0, dnsmasq.queries());
    }
}
