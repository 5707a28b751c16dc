package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.IPV6_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.IPV6_HOST;
import static io.hitstream.resolver.testing.TestHosts.NAMELESS_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.PRIVATE_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.Dnsmasq;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DnsmasqResource.class, restrictToAnnotatedClass = true)
class ResolveRpcTest {
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
    void knownAddressResolvesToHostRegistrableDomainAndTld() {
        Resolution resolution = client.resolve(UK_ADDRESS).get(UK_ADDRESS);

        assertEquals(Resolution.newBuilder()
                .setIp(UK_ADDRESS)
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED)
                .setHostName(UK_HOST)
                .setRegistrableDomain("example.co.uk")
                .setTopLevelDomain("uk")
                .setCountryCode("GB")
                .build(), resolution);
    }

    @Test
    void ipv6AddressResolvesThroughIp6Arpa() {
        Resolution resolution = client.resolve(IPV6_ADDRESS).get(IPV6_ADDRESS);

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED, resolution.getOutcome());
        assertEquals(IPV6_HOST, resolution.getHostName());
        assertEquals("example.net", resolution.getRegistrableDomain());
        assertEquals("net", resolution.getTopLevelDomain());
    }

    @Test
    void addressWithoutPtrRecordHasNoName() {
        Resolution resolution = client.resolve(NAMELESS_ADDRESS).get(NAMELESS_ADDRESS);

        assertEquals(Resolution.newBuilder()
                .setIp(NAMELESS_ADDRESS)
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME)
                .build(), resolution);
    }

    @Test
    void textThatIsNotAnAddressIsInvalid() {
        Resolution resolution = client.resolve("not-an-ip.example.com").get("not-an-ip.example.com");

        assertEquals(Resolution.newBuilder()
                .setIp("not-an-ip.example.com")
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_INVALID)
                .build(), resolution);
    }

    @Test
    void privateAddressIsNotSentToDns() throws Exception {
        Resolution resolution = client.resolve(PRIVATE_ADDRESS).get(PRIVATE_ADDRESS);

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME, resolution.getOutcome());
        assertEquals(0, dnsmasq.queriesFor("10.1.168.192.in-addr.arpa"));
    }

    @Test
    void duplicateAddressesAreAnsweredOnce() {
        List<Resolution> results = client.resolveList(UK_ADDRESS, "10.0.0.1", UK_ADDRESS, "10.0.0.1");

        assertEquals(List.of(UK_ADDRESS, "10.0.0.1"), results.stream().map(Resolution::getIp).toList());
    }
}
