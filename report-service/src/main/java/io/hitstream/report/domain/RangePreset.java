package io.hitstream.report.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The ranges a reader picks by name, each relative to today in the site's time zone. */
public enum RangePreset {
    TODAY("today"),
    YESTERDAY("yesterday"),
    LAST_7_DAYS("last-7-days"),
    THIS_MONTH("this-month"),
    LAST_MONTH("last-month");

    private final String queryName;

    RangePreset(String queryName) {
        this.queryName = queryName;
    }

    /** The name in the {@code range} query parameter. */
    public String queryName() {
        return queryName;
    }

    public static Optional<RangePreset> named(String queryName) {
        return Arrays.stream(values()).filter(preset -> preset.queryName.equals(queryName)).findFirst();
    }

    /** The range this preset means at the clock's instant, in days of the zone. */
    public DateRange range(Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return switch (this) {
            case TODAY -> new DateRange(today, today);
            case YESTERDAY -> new DateRange(today.minusDays(1), today.minusDays(1));
            case LAST_7_DAYS -> new DateRange(today.minusDays(6), today);
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new DateRange(first, first.plusMonths(1).minusDays(1));
            }
        };
    }
}
