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
    static final Comparator<SketchKey> ORDER = SketchKey::compare;

    /** Written out rather than chained: a request group's latency looks its two sketches up on every line. */
    private static int compare(SketchKey a, SketchKey b) {
        int order = a.grain().compareTo(b.grain());
        if (order == 0) {
            order = a.date().compareTo(b.date());
        }
        if (order == 0) {
            order = Long.compare(a.periodStartEpochSecond(), b.periodStartEpochSecond());
        }
        return order != 0 ? order : a.key().compareTo(b.key());
    }
}
