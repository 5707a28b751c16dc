package io.hitstream.stats.domain;

import io.hitstream.rollups.Grain;
import io.hitstream.rollups.sketch.SketchKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A sketch of one period in rollup-schema's encoding, merged into the stored one by union.
 *
 * @param periodStart the first instant of the hour or site-local day
 * @param key the request group of a latency sketch, "" for visitors
 */
public record PeriodSketch(SketchKind kind, Grain grain, LocalDate localDate, Instant periodStart, String key,
        byte[] data) {
    /** The order rows are locked in: the sketches table's key order; written out as {@link CountedKey#ORDER} is. */
    static final Comparator<PeriodSketch> ORDER = PeriodSketch::compare;

    private static int compare(PeriodSketch a, PeriodSketch b) {
        int order = a.kind.compareTo(b.kind);
        if (order == 0) {
            order = a.grain.compareTo(b.grain);
        }
        if (order == 0) {
            order = a.localDate.compareTo(b.localDate);
        }
        if (order == 0) {
            order = a.periodStart.compareTo(b.periodStart);
        }
        return order != 0 ? order : a.key.compareTo(b.key);
    }
}
