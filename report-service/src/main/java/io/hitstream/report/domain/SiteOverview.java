package io.hitstream.report.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One row of the overview: a site's all-time totals, and its figures over the last {@link #DAYS} days up to today in its time zone. */
public record SiteOverview(SiteTotals allTime, LocalDate from, LocalDate to, long hits, long visitors, long pages,
        long bytes, double status5xxPercent, Sparkline sparkline) {
    public static final int DAYS = 30;

    /** The figures of the site's days in the range (days it lacks count as zero). */
    public static SiteOverview of(SiteTotals allTime, DateRange range, List<SiteDay> days, long visitors) {
        Map<LocalDate, SiteDay> byDate = new HashMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        List<Optional<SiteDay>> every = range.days().stream().map(date -> Optional.ofNullable(byDate.get(date)))
                .toList();
        long hits = days.stream().mapToLong(SiteDay::hits).sum();
        long status5xx = days.stream().mapToLong(SiteDay::status5xx).sum();
        return new SiteOverview(allTime, range.from(), range.to(), hits, visitors,
                days.stream().mapToLong(SiteDay::pages).sum(), days.stream().mapToLong(SiteDay::bytes).sum(),
                hits == 0 ? 0 : Math.round(1000.0 * status5xx / hits) / 10.0,
                Sparkline.of(every.stream().map(day -> day.map(SiteDay::hits).orElse(0L)).toList()));
    }
}
