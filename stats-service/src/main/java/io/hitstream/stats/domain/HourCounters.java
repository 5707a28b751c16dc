package io.hitstream.stats.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one local hour of a site adds: hits, response bytes, hits per status class, pages and crawler hits. */
public record HourCounters(long hits, long bytes, long status2xx, long status3xx, long status4xx, long status5xx,
        long statusOther, long pages, long crawlerHits) implements NamedCounters {

    /** The sum of both, failing with {@link ArithmeticException} on overflow. */
    HourCounters plus(HourCounters other) {
        return new HourCounters(
                Math.addExact(hits, other.hits),
                Math.addExact(bytes, other.bytes),
                Math.addExact(status2xx, other.status2xx),
                Math.addExact(status3xx, other.status3xx),
                Math.addExact(status4xx, other.status4xx),
                Math.addExact(status5xx, other.status5xx),
                Math.addExact(statusOther, other.statusOther),
                Math.addExact(pages, other.pages),
                Math.addExact(crawlerHits, other.crawlerHits));
    }

    @Override
    public boolean anyNegative() {
        // The sign bit of the bitwise OR is set if and only if it is set in one of them.
        return (hits | bytes | status2xx | status3xx
                | status4xx | status5xx | statusOther | pages | crawlerHits) < 0;
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
        counters.put("status_other", statusOther);
        counters.put("pages", pages);
        counters.put("crawler_hits", crawlerHits);
        return counters;
    }
}
