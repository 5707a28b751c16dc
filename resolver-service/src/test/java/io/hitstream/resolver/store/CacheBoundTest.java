package io.hitstream.resolver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.resolver.domain.NameAnswer;
import io.hitstream.resolver.domain.Outcome;
import io.hitstream.resolver.testing.ResolverDatabase;
import io.hitstream.resolver.testing.StandaloneResolver;
import io.hitstream.resolver.testing.TestHosts;
import io.hitstream.testing.Dnsmasq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a small configured bound the cache never holds more entries, whether filled by DNS or by a warm start. */
class CacheBoundTest {
    private static final int BOUND = 5;

    private Dnsmasq dnsmasq;
    private ResolverDatabase database;

    @BeforeEach
    void start() throws Exception {
        dnsmasq = Dnsmasq.start(TestHosts.RECORDS);
        database = ResolverDatabase.create();
    }

    @AfterEach
    void stop() throws InterruptedException {
        database.close();
        dnsmasq.close();
    }

    @Test
    void cacheFilledByDnsNeverExceedsItsBound() throws Exception {
        List<Long> sizes = new ArrayList<>();
        try (StandaloneResolver resolver = new StandaloneResolver(database, dnsmasq.address(), BOUND)) {
            for (int batch = 0; batch < 6; batch++) {
                Map<String, NameAnswer> answers = resolver.resolve(addresses(batch * 10, 10));
                assertTrue(answers.values().stream().allMatch(answer -> answer.outcome() == Outcome.NO_NAME));
                sizes.add(resolver.resolver().cacheSize());
            }
        }

        assertEquals(List.of(5L, 5L, 5L, 5L, 5L, 5L), sizes);
    }

    @Test
    void warmStartNeverExceedsTheBound() throws Exception {
        try (StandaloneResolver first = new StandaloneResolver(database, dnsmasq.address(), 100)) {
            first.resolve(addresses(0, 20));
            first.flush();
        }

        try (StandaloneResolver second = new StandaloneResolver(database, dnsmasq.address(), BOUND)) {
            second.warmStart();
            assertEquals(BOUND, second.resolver().cacheSize());
        }
    }

    private static List<String> addresses(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "198.100.1." + i).toList();
    }
}
