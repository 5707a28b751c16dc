package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Duration GRACE = Duration.ofHours(2);

    @Test
    void aWeekRunsFromMondayToSunday() {
        Week week = Week.containing(LocalDate.parse("2026-11-08"));
        assertEquals(new DateRange(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-08")), week.days());
    }

    @Test
    void finishedWeeksGoFromTheFirstDaysWeekToTheLastDaysWeek() {
        assertEquals(List.of(week("2026-10-26"), week("2026-11-02"), week("2026-11-09")), Week.finished(
                LocalDate.parse("2026-10-28"), LocalDate.parse("2026-11-10"), ZURICH, GRACE,
                Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void aWeekIsFinishedTheGraceAfterItsLocalSundayEnds() {
        // Zurich's Monday 2026-11-09 starts at 2026-11-08T23:00Z; with the grace, the week is over at 01:00Z.
        LocalDate day = LocalDate.parse("2026-11-04");
        assertEquals(List.of(), Week.finished(day, day, ZURICH, GRACE, Instant.parse("2026-11-09T00:59:59Z")));
        assertEquals(List.of(week("2026-11-02")),
                Week.finished(day, day, ZURICH, GRACE, Instant.parse("2026-11-09T01:00:00Z")));
    }

    @Test
    void theLastFinishedWeekIsTheOneBeforeTheCurrentOne() {
        assertEquals(week("2026-11-02"), Week.lastFinished(ZURICH, GRACE, Instant.parse("2026-11-15T12:00:00Z")));
        assertEquals(week("2026-11-09"), Week.lastFinished(ZURICH, GRACE, Instant.parse("2026-11-16T01:00:00Z")));
    }

    @Test
    void aWeekIsNamedByItsMondayOnly() {
        assertEquals(Optional.of(week("2026-11-02")), Week.named("2026-11-02"));
        assertEquals(Optional.empty(), Week.named("2026-11-03"));
        assertEquals(Optional.empty(), Week.named("2026-02-30"));
        assertEquals(Optional.empty(), Week.named("2026-W45"));
        assertEquals(Optional.empty(), Week.named(null));
    }

    private static Week week(String monday) {
        return new Week(LocalDate.parse(monday));
    }
}
