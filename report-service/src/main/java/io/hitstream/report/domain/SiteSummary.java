package io.hitstream.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a report says about one site over one range.
 *
 * @param topUrls the {@link #TOP} URLs with most hits, ties in URL order
 * @param topClientDomains the {@link #TOP} client domains with most hits, ties in domain order
 * @param days every day of the range in order, days without data as zeros
 * @param rejections lines rejected on the range's days, by reason
 * @param repairs lines repaired on the range's days, by reason
 */
public record SiteSummary(String site, String timeZone, LocalDate from, LocalDate to, long hits, long bytes,
        StatusClasses statusClasses, List<UrlHits> topUrls, List<DomainHits> topClientDomains,
        List<DayTotals> days, List<Rejection> rejections, List<LineRepair> repairs) {
    /** How many URLs and client domains a summary ranks. */
    public static final int TOP = 10;

    /** Sums the day rollups that fall in the range, and fills the days they miss with zeros. */
    public static SiteSummary of(SiteSpan site, DateRange range, List<DayRollup> rollups, List<UrlHits> topUrls,
            List<DomainHits> topClientDomains, List<Rejection> rejections, List<LineRepair> repairs) {
        Map<LocalDate, DayRollup> byDate = rollups.stream()
                .collect(Collectors.toMap(DayRollup::date, Function.identity()));
        List<DayRollup> inRange = range.days().stream()
                .map(date -> byDate.getOrDefault(date, new DayRollup(date, 0, 0, StatusClasses.NONE)))
                .toList();
        List<DayTotals> days = inRange.stream()
                .map(day -> new DayTotals(day.date(), day.hits(), day.bytes()))
                .toList();
        StatusClasses statusClasses = inRange.stream()
                .map(DayRollup::statusClasses)
                .reduce(StatusClasses.NONE, StatusClasses::plus);
        return new SiteSummary(site.site(), site.timeZone(), range.from(), range.to(),
                days.stream().mapToLong(DayTotals::hits).sum(), days.stream().mapToLong(DayTotals::bytes).sum(),
                statusClasses, List.copyOf(topUrls), List.copyOf(topClientDomains), days, List.copyOf(rejections),
                List.copyOf(repairs));
    }
}
