package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Presets are days of the site's zone: Zurich is already on the next day (and month) while UTC is not. */
class RangePresetTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    /** 00:30 on 2026-03-30 in Zurich, the first night of summer time (UTC+2); still 2026-03-29 in UTC. */
    private static final Clock AFTER_SPRING_CHANGE = Clock.fixed(Instant.parse("2026-03-29T22:30:00Z"), ZoneOffset.UTC);
    /** 00:30 on 2026-04-01 in Zurich; still March in UTC. */
    private static final Clock FIRST_OF_APRIL = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheSiteLocalDay() {
        assertEquals(range("2026-03-30", "2026-03-30"), RangePreset.TODAY.range(AFTER_SPRING_CHANGE, ZURICH));
        assertEquals(range("2026-03-29", "2026-03-29"),
                RangePreset.TODAY.range(AFTER_SPRING_CHANGE, ZoneOffset.UTC));
    }

    @Test
    void yesterdayIsTheLocalDayBefore() {
        assertEquals(range("2026-03-29", "2026-03-29"), RangePreset.YESTERDAY.range(AFTER_SPRING_CHANGE, ZURICH));
    }

    @Test
    void lastSevenDaysEndToday() {
        assertEquals(range("2026-03-24", "2026-03-30"), RangePreset.LAST_7_DAYS.range(AFTER_SPRING_CHANGE, ZURICH));
    }

    @Test
    void thisMonthRunsFromItsFirstDayToToday() {
        assertEquals(range("2026-04-01", "2026-04-01"), RangePreset.THIS_MONTH.range(FIRST_OF_APRIL, ZURICH));
        assertEquals(range("2026-03-01", "2026-03-31"), RangePreset.THIS_MONTH.range(FIRST_OF_APRIL, ZoneOffset.UTC));
    }

    @Test
    void lastMonthIsTheWholeMonthBefore() {
        assertEquals(range("2026-03-01", "2026-03-31"), RangePreset.LAST_MONTH.range(FIRST_OF_APRIL, ZURICH));
        assertEquals(range("2026-02-01", "2026-02-28"), RangePreset.LAST_MONTH.range(FIRST_OF_APRIL, ZoneOffset.UTC));
    }

    @Test
    void presetsAreNamedAsInTheQuery() {
        assertEquals(RangePreset.LAST_7_DAYS, RangePreset.named("last-7-days").orElseThrow());
        assertEquals(RangePreset.LAST_MONTH, RangePreset.named("last-month").orElseThrow());
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
