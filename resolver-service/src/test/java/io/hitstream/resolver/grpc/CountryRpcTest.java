package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.GERMAN_HOST;
import static io.hitstream.resolver.testing.TestHosts.GERMAN_HOST_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.GeoIpResource;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Countries from the DB-IP Lite mmdb database (the version scripts/fetch-geoip.sh pins). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DnsmasqResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = GeoIpResource.class, restrictToAnnotatedClass = true)
class CountryRpcTest {
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
    void wellKnownPublicAddressWithoutNameHasItsCountry() {
        Resolution resolution = client.resolve("8.8.8.8").get("8.8.8.8");

        assertEquals(Resolution.newBuilder()
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME)
                .setCountryCode("US")
                .build(), resolution);
    }

    @Test
    void geoIpCountryWinsOverTheHostsCountryCodeTld() {
        Resolution resolution = client.resolve(GERMAN_HOST_ADDRESS).get(GERMAN_HOST_ADDRESS);

        assertEquals(GERMAN_HOST, resolution.getHostName());
        assertEquals("de", resolution.getTopLevelDomain());
        assertEquals("GB", resolution.getCountryCode());
    }
}
