package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The counters of one key of a dimension in one period.
 *
 * @param periodStart the first instant of the minute, hour or site-local day
 * @param key2 the second part of a composite key, "" for a simple one
 */
public record CountedKey(Dimension dimension, Instant periodStart, LocalDate localDate, String key, String key2,
        KeyCounters counters) {
    /**
     * The order rows are written and locked in: by grain (table), then dimension, period, local date and key. Written
     * out rather than chained with {@code Comparator.comparing}: every key of a commit is sorted and merged by it, and
     * the chained lambdas, shared with every other such comparator of the process, are calls the JIT cannot inline.
     */
    static final Comparator<CountedKey> ORDER = CountedKey::compare;

    public Grain grain() {
        return dimension.grain();
    }

    /** The same key with the counters of both, failing with {@link ArithmeticException} on overflow. */
    CountedKey plus(CountedKey other) {
        return new CountedKey(dimension, periodStart, localDate, key, key2, counters.plus(other.counters));
    }

    private static int compare(CountedKey a, CountedKey b) {
        int order = a.grain().compareTo(b.grain());
        if (order == 0) {
            order = a.dimension.compareTo(b.dimension);
        }
        if (order == 0) {
            order = a.periodStart.compareTo(b.periodStart);
        }
        if (order == 0) {
            order = a.localDate.compareTo(b.localDate);
        }
        if (order == 0) {
            order = a.key.compareTo(b.key);
        }
        return order != 0 ? order : a.key2.compareTo(b.key2);
    }
}
