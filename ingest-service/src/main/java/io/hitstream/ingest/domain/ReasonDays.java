package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A batch's rejected and repaired lines by reason and day, as keys of {@link Dimension#REJECTION_REASON} and
 * {@link Dimension#REPAIR_REASON}, so that a report gives them for any range. A rejected line often has no time of
 * its own (that may be why it was rejected): it counts on the site-local day of the last counted line before it in
 * the batch, or, before any, of the first one after it; in a batch without any counted line, on a day the caller
 * gives ({@link StreamLogDay}). A repaired line is counted, so its day is its own.
 */
final class ReasonDays {
    private final CountedKeys keys = new CountedKeys(Integer.MAX_VALUE);
    /** Lines rejected before the batch's first counted line, by reason. */
    private final Map<String, Long> undated = new TreeMap<>();
    private final Counters lines = new Counters();
    private LocalDate day;

    /** A line of this day was counted: lines rejected until the next counted line are of this day too. */
    void dated(LocalDate date) {
        day = date;
        if (!undated.isEmpty()) {
            undated.forEach((reason, count) -> add(Dimension.REJECTION_REASON, reason, count));
            undated.clear();
        }
    }

    void rejected(String reason) {
        if (day == null) {
            undated.merge(reason, 1L, Long::sum);
        } else {
            add(Dimension.REJECTION_REASON, reason, 1);
        }
    }

    /** A line counted on the last {@link #dated} day was repaired first. */
    void repaired(String reason) {
        if (day == null) {
            throw new IllegalStateException("a repaired line is counted, so its day is known: none was given");
        }
        add(Dimension.REPAIR_REASON, reason, 1);
    }

    /** The keys, lines rejected in a batch without any counted line on {@code undatedDay}. */
    CountedKeys keys(LocalDate undatedDay) {
        if (!undated.isEmpty()) {
            dated(undatedDay);
        }
        return keys;
    }

    /** The day of the last counted line, if any was counted. */
    Optional<LocalDate> lastDay() {
        return Optional.ofNullable(day);
    }

    private void add(Dimension dimension, String reason, long count) {
        lines.resetToHits(count);
        keys.add(dimension, 0, day, reason, "", lines);
    }
}
