package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The period and key of a sketch: visitors of an hour or a day (key ""), latencies of a request group (key) and
 * hour or UTC minute.
 *
 * @param periodStartEpochSecond the first second of a minute or hour period; 0 for a day
 */
public record SketchKey(Grain grain, long periodStartEpochSecond, LocalDate date, String key) {
    /** By grain, date, period and key: the order stats merges sketches in. */
    static final Comparator<SketchKey> ORDER = Comparator.comparing(SketchKey::grain)
            .thenComparing(SketchKey::date)
            .thenComparingLong(SketchKey::periodStartEpochSecond)
            .thenComparing(SketchKey::key);
}
