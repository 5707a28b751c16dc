package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSummaryTest {
    private static final SiteSpan SITE = new SiteSpan("www.example.org", "Europe/Zurich",
            LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-04"), 1);
    private static final DateRange RANGE = new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-04"));

    @Test
    void daysWithoutDataAreFilledWithZeros() {
        SiteSummary summary = summary(List.of(
                rollup("2026-11-02", 5, 500, new StatusClasses(4, 1, 0, 0, 0)),
                rollup("2026-11-04", 3, 30, new StatusClasses(0, 0, 2, 1, 0))));
        assertEquals(List.of(
                day("2026-11-01", 0, 0),
                day("2026-11-02", 5, 500),
                day("2026-11-03", 0, 0),
                day("2026-11-04", 3, 30)), summary.days());
    }

    @Test
    void totalsAndStatusClassesAreSummedOverTheDays() {
        SiteSummary summary = summary(List.of(
                rollup("2026-11-02", 5, 500, new StatusClasses(4, 1, 0, 0, 0)),
                rollup("2026-11-04", 4, 30, new StatusClasses(0, 0, 2, 1, 1))));
        assertEquals(9, summary.hits());
        assertEquals(530, summary.bytes());
        assertEquals(new StatusClasses(4, 1, 2, 1, 1), summary.statusClasses());
    }

    @Test
    void rollupsOutsideTheRangeAreLeftOut() {
        SiteSummary summary = summary(List.of(
                rollup("2026-10-31", 7, 70, new StatusClasses(7, 0, 0, 0, 0)),
                rollup("2026-11-01", 1, 10, new StatusClasses(1, 0, 0, 0, 0))));
        assertEquals(1, summary.hits());
        assertEquals(new StatusClasses(1, 0, 0, 0, 0), summary.statusClasses());
        assertEquals(4, summary.days().size());
    }

    @Test
    void aRangeWithoutDataIsAllZeros() {
        SiteSummary summary = summary(List.of());
        assertEquals(0, summary.hits());
        assertEquals(StatusClasses.NONE, summary.statusClasses());
        assertEquals(List.of(0L, 0L, 0L, 0L), summary.days().stream().map(DayTotals::hits).toList());
    }

    @Test
    void siteAndRangeAreCarriedOver() {
        SiteSummary summary = summary(List.of());
        assertEquals("www.example.org", summary.site());
        assertEquals("Europe/Zurich", summary.timeZone());
        assertEquals(LocalDate.parse("2026-11-01"), summary.from());
        assertEquals(LocalDate.parse("2026-11-04"), summary.to());
    }

    private static SiteSummary summary(List<DayRollup> rollups) {
        return SiteSummary.of(SITE, RANGE, rollups, List.of(new UrlHits("/", 1)), List.of(), List.of(), List.of());
    }

    private static DayRollup rollup(String date, long hits, long bytes, StatusClasses statusClasses) {
        return new DayRollup(LocalDate.parse(date), hits, bytes, statusClasses);
    }

    private static DayTotals day(String date, long hits, long bytes) {
        return new DayTotals(LocalDate.parse(date), hits, bytes);
    }
}
