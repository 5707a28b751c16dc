package io.hitstream.resolver.grpc;

import static io.hitstream.resolver.testing.TestHosts.UK_ADDRESS;
import static io.hitstream.resolver.testing.TestHosts.UK_HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.resolver.testing.InjectDns;
import io.hitstream.resolver.testing.ResolverClient;
import io.hitstream.resolver.testing.SlowDnsResource;
import io.hitstream.resolver.testing.UdpDnsRelay;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DNS that answers late, so requests overlap: one query per address, and never more than the bound in flight. */
@QuarkusTest
@TestProfile(SlowDnsRpcTest.TwoQueriesAtOnce.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SlowDnsResource.class, restrictToAnnotatedClass = true)
class SlowDnsRpcTest {
    private static final int CALLERS = 30;

    /** At most two PTR queries in flight. */
    public static class TwoQueriesAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.resolver.dns.max-concurrent-queries", "2");
        }
    }

    @InjectDns
    UdpDnsRelay slowDns;

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
    void concurrentRequestsForOneAddressShareOneDnsQuery() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Resolution>> calls = new ArrayList<>();
        Callable<Resolution> call = () -> {
            go.await();
            return client.resolve(UK_ADDRESS).get(UK_ADDRESS);
        };
        for (int i = 0; i < CALLERS; i++) {
            calls.add(callers.submit(call));
        }
        go.countDown();
        List<String> hosts = new ArrayList<>();
        for (Future<Resolution> result : calls) {
            hosts.add(result.get().getHostName());
        }
        callers.shutdown();

        assertEquals(List.of(UK_HOST), hosts.stream().distinct().toList());
        assertEquals(1, slowDns.queriesFor("34.216.184.93.in-addr.arpa"));
    }

    @Test
    void noMoreQueriesThanTheBoundAreInFlight() {
        List<String> addresses = IntStream.range(60, 66).mapToObj(i -> "93.184.216." + i).toList();

        Map<String, Resolution> results = client.resolve(java.time.Duration.ofSeconds(20), addresses);

        assertEquals(List.of(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME),
                results.values().stream().map(Resolution::getOutcome).distinct().toList());
        assertEquals(2, slowDns.mostHeldAtOnce());
    }
}
