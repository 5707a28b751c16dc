package io.hitstream.report.service;

import io.hitstream.report.domain.BadLinkPage;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.Week;
import io.hitstream.report.domain.WeekReport;
import io.hitstream.report.store.RollupReader;
import io.hitstream.rollups.Dimension;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads what a site's week adds up to, for its archived snapshot and its bad-links mail. */
@ApplicationScoped
public class WeekReports {
    private final RollupReader rollups;

    public WeekReports(RollupReader rollups) {
        this.rollups = rollups;
    }

    // The week's queries are independent, so they run at once on separate pooled connections. The snapshot shows no
    // rejected or repaired lines, so they are not read.
    public Uni<WeekReport> read(SiteSpan site, Week week) {
        String name = site.site();
        return Uni.combine().all().unis(
                        rollups.days(name, week.days()),
                        rollups.topUrls(name, week.days(), SiteSummary.TOP),
                        rollups.topClientDomains(name, week.days(), SiteSummary.TOP),
                        rollups.topKeys(name, Dimension.REFERRER_URL, week.days(), SiteSummary.TOP),
                        badLinks(name, week))
                .with((days, urls, domains, referrers, badLinks) -> new WeekReport(week,
                        SiteSummary.of(site, week.days(), days, urls, domains, List.of(), List.of()), referrers,
                        badLinks));
    }

    /** The week's 404s linked from the site's own pages, by page. */
    public Uni<List<BadLinkPage>> badLinks(String site, Week week) {
        return rollups.topKeys(site, Dimension.NOT_FOUND_FROM, week.days(), WeekReport.MAX_BAD_LINKS)
                .map(BadLinkPage::group);
    }
}
