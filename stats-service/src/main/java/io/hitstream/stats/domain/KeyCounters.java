package io.hitstream.stats.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one key adds in one period: hits, response bytes, status classes, slow calls, latency sum and count. */
public record KeyCounters(long hits, long bytes, long status2xx, long status3xx, long status4xx, long status5xx,
        long slow, long latencySumMicros, long latencyCount) implements NamedCounters {

    /** Hits alone, as the deprecated url_hits and client_domain_hits send them. */
    public static KeyCounters hitsOnly(long hits) {
        return new KeyCounters(hits, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The sum of both, failing with {@link ArithmeticException} on overflow. */
    KeyCounters plus(KeyCounters other) {
        return new KeyCounters(
                Math.addExact(hits, other.hits),
                Math.addExact(bytes, other.bytes),
                Math.addExact(status2xx, other.status2xx),
                Math.addExact(status3xx, other.status3xx),
                Math.addExact(status4xx, other.status4xx),
                Math.addExact(status5xx, other.status5xx),
                Math.addExact(slow, other.slow),
                Math.addExact(latencySumMicros, other.latencySumMicros),
                Math.addExact(latencyCount, other.latencyCount));
    }

    @Override
    public boolean anyNegative() {
        // The sign bit of the bitwise OR is set if and only if it is set in one of them.
        return (hits | bytes | status2xx | status3xx
                | status4xx | status5xx | slow | latencySumMicros | latencyCount) < 0;
    }

    @Override
    public Map<String, Long> byFieldName() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("hits", hits);
        counters.put("bytes", bytes);
        counters.put("status_2xx", status2xx);
        counters.put("status_3xx", status3xx);
        counters.put("status_4xx", status4xx);
        counters.put("status_5xx", status5xx);
        counters.put("slow", slow);
        counters.put("latency_sum_micros", latencySumMicros);
        counters.put("latency_count", latencyCount);
        return counters;
    }
}
