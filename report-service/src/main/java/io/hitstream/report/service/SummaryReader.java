package io.hitstream.report.service;

import io.hitstream.report.config.ReportConfig;
import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads one site's summary: resolves the asked dates against the site's data, then queries the range. */
@ApplicationScoped
public class SummaryReader {
    private final RollupReader rollups;
    private final int maxRangeDays;

    public SummaryReader(RollupReader rollups, ReportConfig config) {
        this.rollups = rollups;
        this.maxRangeDays = config.maxRangeDays();
    }

    /** Fails with {@link UnknownSiteException} or {@link io.hitstream.report.domain.InvalidRangeException}. */
    public Uni<SiteSummary> summary(String site, DateRangeRequest request) {
        return rollups.span(site)
                .map(span -> span.orElseThrow(() -> new UnknownSiteException(site)))
                .flatMap(span -> read(span, request.resolve(span, maxRangeDays)));
    }

    // The range's queries are independent, so they run at once on separate pooled connections.
    private Uni<SiteSummary> read(SiteSpan span, DateRange range) {
        String site = span.site();
        return Uni.combine().all().unis(
                        rollups.days(site, range),
                        rollups.topUrls(site, range, SiteSummary.TOP),
                        rollups.topClientDomains(site, range, SiteSummary.TOP),
                        rollups.rejections(site),
                        rollups.repairs(site))
                .with((days, urls, domains, rejections, repairs) ->
                        SiteSummary.of(span, range, days, urls, domains, rejections, repairs));
    }
}
