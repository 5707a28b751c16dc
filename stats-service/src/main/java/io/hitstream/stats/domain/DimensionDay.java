package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import java.time.LocalDate;
import java.util.Comparator;

/** A dimension of a site on one local day: what the per-day bound on distinct keys counts. */
public record DimensionDay(Dimension dimension, LocalDate localDate) {
    /** The order budgets are locked in, the same in every commit so that concurrent commits cannot deadlock. */
    public static final Comparator<DimensionDay> ORDER = Comparator.comparing(DimensionDay::dimension)
            .thenComparing(DimensionDay::localDate);
}
