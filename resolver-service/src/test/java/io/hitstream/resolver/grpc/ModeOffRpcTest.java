package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.UK_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.testing.Dnsmasq;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mode off (HostnameLookups off): only the address comes back, and DNS is never asked. */
@QuarkusTest
@TestProfile(ModeOffRpcTest.LookupsOff.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DnsmasqResource.class, restrictToAnnotatedClass = true)
class ModeOffRpcTest {
    /** hitstream.resolver.mode=off. */
    public static class LookupsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.resolver.mode", "off");
        }
    }

    @InjectDns
    Dnsmasq dnsmasq;

    @Test
    void addressWithPtrRecordIsDisabledAndDnsIsNotAsked() throws Exception {
        Resolution resolution;
        try (ResolverClient client = ResolverClient.connect()) {
            resolution = client.resolve(UK_ADDRESS).get(UK_ADDRESS);
        }

        assertEquals(Resolution.newBuilder()
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_DISABLED)
                .build(), resolution);
        assertEquals(0, dnsmasq.queries());
    }
}
