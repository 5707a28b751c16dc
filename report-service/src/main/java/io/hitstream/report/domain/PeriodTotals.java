package io.hitstream.report.domain;

import java.util.List;

/** Hits, pages and bytes of one period of a time panel (an hour, a day, an hour of the day, a day of the week). */
public record PeriodTotals(String period, long hits, long pages, long bytes) {

    static PeriodTotals of(String period, List<HourTotals> hours) {
        return new PeriodTotals(period, hours.stream().mapToLong(HourTotals::hits).sum(),
                hours.stream().mapToLong(HourTotals::pages).sum(), hours.stream().mapToLong(HourTotals::bytes).sum());
    }
}
