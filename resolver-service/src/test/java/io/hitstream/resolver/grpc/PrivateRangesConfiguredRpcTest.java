package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.PRIVATE_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.PRIVATE_HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With resolve-private=true, private addresses go to DNS like any other (e.g. a company's internal DNS). */
@QuarkusTest
@TestProfile(PrivateRangesConfiguredRpcTest.ResolvePrivate.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DnsmasqResource.class, restrictToAnnotatedClass = true)
class PrivateRangesConfiguredRpcTest {
    /** hitstream.resolver.resolve-private=true. */
    public static class ResolvePrivate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.resolver.resolve-private", "true");
        }
    }

    @Test
    void privateAddressIsResolvedWhenConfigured() throws Exception {
        Resolution resolution;
        try (ResolverClient client = ResolverClient.connect()) {
            resolution = client.resolve(PRIVATE_ADDRESS).get(PRIVATE_ADDRESS);
        }

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED, resolution.getOutcome());
        assertEquals(PRIVATE_HOST, resolution.getHostName());
        assertEquals("example.com", resolution.getRegistrableDomain());
    }
}
