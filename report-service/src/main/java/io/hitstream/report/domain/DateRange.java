package io.hitstream.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An inclusive range of site-local days, never empty and never longer than {@link #MAX_DAYS}. */
public record DateRange(LocalDate from, LocalDate to) {
    /** A leap year: a whole year is always one range, while a range stays small enough to chart day by day. */
    public static final int MAX_DAYS = 366;

    public DateRange {
        if (from.isAfter(to)) {
            throw new InvalidRangeException("from " + from + " is after to " + to);
        }
        if (dayCount(from, to) > MAX_DAYS) {
            throw new InvalidRangeException("range " + from + " to " + to + " is longer than " + MAX_DAYS + " days");
        }
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static long dayCount(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
