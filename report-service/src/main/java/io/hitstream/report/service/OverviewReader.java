package io.hitstream.report.service;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.SiteDay;
import io.hitstream.report.domain.SiteOverview;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.store.RollupReader;
import io.hitstream.rollups.sketch.VisitorSketch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The overview: each site the reader may see over its last 30 days, read for all sites in two queries. */
@ApplicationScoped
public class OverviewReader {
    private final SummaryReader summaries;
    private final RollupReader rollups;
    private final Clock clock;

    public OverviewReader(SummaryReader summaries, RollupReader rollups, Clock clock) {
        this.summaries = summaries;
        this.rollups = rollups;
        this.clock = clock;
    }

    public Uni<List<SiteOverview>> overview(Reader reader) {
        return summaries.sites(reader).flatMap(sites -> {
            List<DateRange> ranges = sites.stream().map(site -> lastDays(site.timeZone())).toList();
            DateRange window = ranges.stream().reduce(OverviewReader::span).orElse(lastDays("UTC"));
            return Uni.combine().all().unis(rollups.siteDays(window), rollups.siteDayVisitors(window))
                    .with((days, visitors) -> sites.stream()
                            .map(site -> of(site, lastDays(site.timeZone()), days, visitors))
                            .toList());
        });
    }

    private DateRange lastDays(String zone) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        return new DateRange(today.minusDays(SiteOverview.DAYS - 1), today);
    }

    private static SiteOverview of(SiteTotals site, DateRange range, List<SiteDay> days,
            Map<String, Map<LocalDate, VisitorSketch>> visitors) {
        List<SiteDay> own = days.stream()
                .filter(day -> day.site().equals(site.site()) && inRange(range, day.date()))
                .toList();
        List<VisitorSketch> sketches = visitors.getOrDefault(site.site(), Map.of()).entrySet().stream()
                .filter(day -> inRange(range, day.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        return SiteOverview.of(site, range, own, VisitorSketch.union(sketches).estimate());
    }

    private static boolean inRange(DateRange range, LocalDate date) {
        return !date.isBefore(range.from()) && !date.isAfter(range.to());
    }

    private static DateRange span(DateRange a, DateRange b) {
        return new DateRange(a.from().isBefore(b.from()) ? a.from() : b.from(),
                a.to().isAfter(b.to()) ? a.to() : b.to());
    }
}
