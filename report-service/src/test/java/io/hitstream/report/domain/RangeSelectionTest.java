package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RangeSelectionTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-07T12:00:00Z"), ZoneOffset.UTC);
    private static final SiteSpan ZURICH_SITE = new SiteSpan("shop", "Europe/Zurich", LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-11-07"), 1);

    @Test
    void presetIsTakenAtTheClocksTodayInTheSiteZone() {
        assertEquals(new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")),
                RangeSelection.parse("last-month", null, null, false).resolve(ZURICH_SITE, 366, NOON));
    }

    @Test
    void withoutPresetTheDatesDecide() {
        assertEquals(new DateRange(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-07")),
                RangeSelection.parse("", "2026-11-02", null, false).resolve(ZURICH_SITE, 366, NOON));
    }

    @Test
    void presetLongerThanTheMaximumIsRefused() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> RangeSelection.parse("last-month", null, null, false).resolve(ZURICH_SITE, 7, NOON));
        assertEquals(InvalidRangeException.Reason.RANGE_TOO_LONG, refused.reason());
    }

    @Test
    void unknownPresetNamesThePresets() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> RangeSelection.parse("last-year", null, null, false));
        assertEquals("range must be one of today, yesterday, last-7-days, this-month, last-month, or left out for "
                + "from and to", refused.getMessage());
    }

    @Test
    void previousPeriodIsAsLongAndEndsTheDayBefore() {
        DateRange week = new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-07"));
        assertEquals(new DateRange(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-31")), week.previous());
    }
}
