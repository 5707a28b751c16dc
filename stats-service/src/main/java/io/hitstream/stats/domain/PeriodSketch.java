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
    /** The order rows are locked in: the sketches table's key order. */
    static final Comparator<PeriodSketch> ORDER = Comparator.comparing(PeriodSketch::kind)
            .thenComparing(PeriodSketch::grain)
            .thenComparing(PeriodSketch::localDate)
            .thenComparing(PeriodSketch::periodStart)
            .thenComparing(PeriodSketch::key);
}
