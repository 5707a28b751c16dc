package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import java.time.LocalDate;

/** A key of a dimension on a local day, whatever period of the day counted it. */
public record DayKey(Dimension dimension, LocalDate localDate, String key, String key2) {
    public static DayKey of(CountedKey counted) {
        return new DayKey(counted.dimension(), counted.localDate(), counted.key(), counted.key2());
    }
}
