package io.hitstream.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An inclusive range of site-local days, never empty. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from.isAfter(to)) {
            throw new InvalidRangeException(InvalidRangeException.Reason.FROM_AFTER_TO,
                    "from " + from + " is after to " + to + ": swap the two dates");
        }
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The range of as many days that ends the day before this one starts: what a comparison compares with. */
    public DateRange previous() {
        return new DateRange(from.minusDays(dayCount()), from.minusDays(1));
    }

    /** How many days the range holds, both ends included. */
    public long dayCount() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
