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
    /** The order rows are written and locked in: by grain (table), then dimension, period and key. */
    static final Comparator<CountedKey> ORDER = Comparator.comparing(CountedKey::grain)
            .thenComparing(CountedKey::dimension)
            .thenComparing(CountedKey::periodStart)
            .thenComparing(CountedKey::localDate)
            .thenComparing(CountedKey::key)
            .thenComparing(CountedKey::key2);

    public Grain grain() {
        return dimension.grain();
    }
}
