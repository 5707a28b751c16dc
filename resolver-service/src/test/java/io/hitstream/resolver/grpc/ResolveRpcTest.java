package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.GERMAN_HOST;
import static io.hitstream.resolver.testing.TestHosts.GERMAN_HOST_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.IPV6_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.IPV6_HOST;
import static io.hitstream.resolver.testing.TestHosts.NAMELESS_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.PRIVATE_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_HOST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.DnsmasqResource;
import io.hitstream.resolver.testing.Eventually;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.PrometheusMetrics;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.resolver.testing.ResolverDatabase;
import io.hitstream.resolver.testing.TestPort;
import io.hitstream.testing.Dnsmasq;
import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
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
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME)
                .build(), resolution);
    }

    @Test
    void textThatIsNotAnAddressIsInvalid() {
        Resolution resolution = client.resolve("not-an-ip.example.com").get("not-an-ip.example.com");

        assertEquals(Resolution.newBuilder()
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
    void dnsAnswerIsPersistedBehindTheCall() throws Exception {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        client.resolve(GERMAN_HOST_ADDRESS);

        assertEquals(GERMAN_HOST, Eventually.poll(GERMAN_HOST, Duration.ofSeconds(10),
                () -> ResolverDatabase.hostNameOf(PostgresServer.fromEnvironment(), database, GERMAN_HOST_ADDRESS)));
    }

    @Test
    void metricsCountLookupsCacheHitsAndDnsQueries() {
        double lookups = PrometheusMetrics.value("hitstream_resolver_lookups_total");
        double hits = PrometheusMetrics.value("hitstream_resolver_cache_hits_total");
        double misses = PrometheusMetrics.value("hitstream_resolver_cache_misses_total");
        double queries = PrometheusMetrics.value("hitstream_resolver_dns_queries_total");
        double size = PrometheusMetrics.value("hitstream_resolver_cache_size");

        client.resolve("93.184.216.70");
        client.resolve("93.184.216.70");

        assertEquals(lookups + 2, PrometheusMetrics.value("hitstream_resolver_lookups_total"));
        assertEquals(hits + 1, PrometheusMetrics.value("hitstream_resolver_cache_hits_total"));
        assertEquals(misses + 1, PrometheusMetrics.value("hitstream_resolver_cache_misses_total"));
        assertEquals(queries + 1, PrometheusMetrics.value("hitstream_resolver_dns_queries_total"));
        assertEquals(size + 1, PrometheusMetrics.value("hitstream_resolver_cache_size"));
        assertEquals(0.0, PrometheusMetrics.value("hitstream_resolver_dns_timeouts_total"));
    }

    @Test
    void callWithMoreAddressesThanTheLimitIsRefused() {
        List<String> tooMany = Collections.nCopies(20_001, "10.0.0.1");

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class,
                () -> client.resolve(Duration.ofSeconds(10), tooMany));

        assertEquals(Status.Code.INVALID_ARGUMENT, refusal.getStatus().getCode());
    }

    @Test
    void readyOnceTheWarmStartIsDoneAndTheDatabaseAnswers() {
        given().port(TestPort.get()).get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'resolver cache warm start' }.status", is("UP"))
                .body("status", is("UP"));
    }

    @Test
    void everyAddressIsAnsweredAtItsOwnPlaceDuplicatesIncluded() {
        List<Resolution> answers = client.resolveList(UK_ADDRESS, "10.0.0.1", UK_ADDRESS, "10.0.0.1");

        assertEquals(List.of(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED, ResolveOutcome.RESOLVE_OUTCOME_NO_NAME,
                        ResolveOutcome.RESOLVE_OUTCOME_RESOLVED, ResolveOutcome.RESOLVE_OUTCOME_NO_NAME),
                answers.stream().map(Resolution::getOutcome).toList());
        assertEquals(answers.get(0), answers.get(2));
        assertEquals(answers.get(1), answers.get(3));
    }
}
