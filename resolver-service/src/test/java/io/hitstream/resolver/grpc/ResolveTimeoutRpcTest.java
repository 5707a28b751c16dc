package io.hitstream.resolver.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.resolver.testing.SilentDnsResource;
import io.hitstream.resolver.testing.UdpDnsRelay;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DNS that never answers: lookups end as timed out, at the query timeout or at the call's deadline. */
@QuarkusTest
@TestProfile(ResolveTimeoutRpcTest.ShortTimeouts.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SilentDnsResource.class, restrictToAnnotatedClass = true)
class ResolveTimeoutRpcTest {
    /** Query timeout 2 s, timeouts remembered 2 s, answers sent 500 ms before the deadline. */
    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "hitstream.resolver.dns.query-timeout", "2s",
                    "hitstream.resolver.cache.retry-delay", "2s",
                    "hitstream.resolver.batch.deadline-margin", "500ms");
        }
    }

    @InjectDns
    UdpDnsRelay silentDns;

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
    void addressNoServerAnswersForIsTimedOut() {
        Resolution resolution = client.resolve("93.184.216.50").get("93.184.216.50");

        assertEquals(Resolution.newBuilder()
                .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT)
                .build(), resolution);
        assertEquals(1, silentDns.queriesFor("50.216.184.93.in-addr.arpa"));
    }

    @Test
    void callDeadlineShorterThanTheQueryTimeoutGetsAnAnswerBeforeIt() {
        Resolution resolution = client.resolve(Duration.ofMillis(1200), List.of("93.184.216.51")).get("93.184.216.51");

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT, resolution.getOutcome());
    }

    @Test
    void timedOutAddressIsAskedAgainOnlyAfterTheRetryDelay() throws InterruptedException {
        client.resolve("93.184.216.52");
        Resolution remembered = client.resolve("93.184.216.52").get("93.184.216.52");
        long queriesWithinDelay = silentDns.queriesFor("52.216.184.93.in-addr.arpa");
        Thread.sleep(2500);
        client.resolve("93.184.216.52");

        assertEquals(ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT, remembered.getOutcome());
        assertEquals(1, queriesWithinDelay);
        assertEquals(2, silentDns.queriesFor("52.216.184.93.in-addr.arpa"));
    }
}
