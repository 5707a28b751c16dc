package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zurich leaves summer time on 2026-10-25: 02:00 local happens twice, at 00:00 and 01:00 UTC. */
class TrafficTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final List<HourTotals> HOURS = List.of(
            hour("2026-10-25T00:00:00Z", "2026-10-25", 4),
            hour("2026-10-25T01:00:00Z", "2026-10-25", 6),
            hour("2026-10-26T10:00:00Z", "2026-10-26", 1));

    @Test
    void theRepeatedHourIsTwoHoursOverTime() {
        DateRange twoDays = new DateRange(LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-26"));
        assertEquals(List.of(new PeriodTotals("2026-10-25T02:00+02:00", 4, 2, 40),
                        new PeriodTotals("2026-10-25T02:00+01:00", 6, 3, 60),
                        new PeriodTotals("2026-10-26T11:00+01:00", 1, 0, 10)),
                Traffic.overTime(twoDays, ZURICH, HOURS));
    }

    @Test
    void longerRangesArePerDayWithEveryDay() {
        DateRange fourDays = new DateRange(LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-27"));
        assertEquals(List.of(new PeriodTotals("2026-10-24", 0, 0, 0), new PeriodTotals("2026-10-25", 10, 5, 100),
                        new PeriodTotals("2026-10-26", 1, 0, 10), new PeriodTotals("2026-10-27", 0, 0, 0)),
                Traffic.overTime(fourDays, ZURICH, HOURS));
    }

    @Test
    void bothTwoOClocksCountAsHourTwoOfTheDay() {
        List<PeriodTotals> hours = Traffic.hoursOfDay(ZURICH, HOURS);
        assertEquals(24, hours.size());
        assertEquals(new PeriodTotals("02", 10, 5, 100), hours.get(2));
        assertEquals(new PeriodTotals("11", 1, 0, 10), hours.get(11));
    }

    @Test
    void hoursOfTheDayFollowAnOffsetOfHalfAnHour() {
        List<HourTotals> kolkata = List.of(hour("2026-10-24T18:30:00Z", "2026-10-25", 3),
                hour("2026-10-25T00:00:00Z", "2026-10-25", 7));
        List<PeriodTotals> hours = Traffic.hoursOfDay(ZoneId.of("Asia/Kolkata"), kolkata);
        assertEquals(new PeriodTotals("00", 3, 1, 30), hours.get(0));
        assertEquals(new PeriodTotals("05", 7, 3, 70), hours.get(5));
    }

    @Test
    void daysOfTheWeekFollowTheLocalDate() {
        List<PeriodTotals> days = Traffic.daysOfWeek(HOURS);
        assertEquals(new PeriodTotals("Monday", 1, 0, 10), days.get(0));
        assertEquals(new PeriodTotals("Sunday", 10, 5, 100), days.get(6));
    }

    private static HourTotals hour(String start, String date, long hits) {
        return new HourTotals(Instant.parse(start), LocalDate.parse(date), hits, hits / 2, hits * 10, 0, 0);
    }
}
