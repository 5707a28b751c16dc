package io.hitstream.report.service;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.SiteOverview;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The overview: each site the reader may see over its last 30 days; each site's queries name the site, as every
 * report query does (see RollupReader), and the sites are read at once.
 */
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
        return summaries.sites(reader).flatMap(sites -> sites.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(sites.stream().map(this::overview).toList()).andFailFast());
    }

    private Uni<SiteOverview> overview(SiteTotals site) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(site.timeZone())));
        DateRange range = new DateRange(today.minusDays(SiteOverview.DAYS - 1), today);
        return Uni.combine().all().unis(rollups.siteDays(site.site(), range), rollups.visitors(site.site(), range))
                .with((days, visitors) -> SiteOverview.of(site, range, days, visitors));
    }
}
