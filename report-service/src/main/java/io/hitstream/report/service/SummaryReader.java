package io.hitstream.report.service;

import io.hitstream.report.config.ReportConfig;
import io.hitstream.report.domain.AnswerKey;
import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.DomainHits;
import io.hitstream.report.domain.RankedHits;
import io.hitstream.report.domain.Ranking;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.domain.UrlHits;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads what a reader may see: the sites list, and one site's summary (resolves the asked dates against the site's
 * data, then queries the range).
 */
@ApplicationScoped
public class SummaryReader {
    private final RollupReader rollups;
    private final int maxRangeDays;
    private final SiteAccess access;
    private final ReportCache cache;

    public SummaryReader(RollupReader rollups, ReportConfig config, UserDirectory users, ReportCache cache) {
        this.rollups = rollups;
        this.maxRangeDays = config.maxRangeDays();
        this.access = users.access();
        this.cache = cache;
    }

    /** The sites with their totals that this reader may see. */
    public Uni<List<SiteTotals>> sites(Reader reader) {
        access.checkListing(reader);
        return rollups.sites().map(sites -> sites.stream().filter(site -> access.maySee(reader, site.site())).toList());
    }

    /**
     * Fails with the access exceptions of {@link SiteAccess#check} (before looking the site up, so that nobody learns
     * which sites exist), {@link UnknownSiteException} or {@link io.hitstream.report.domain.InvalidRangeException}.
     */
    public Uni<SiteSummary> summary(Reader reader, String site, DateRangeRequest request) {
        access.check(reader, site);
        return rollups.span(site)
                .map(span -> span.orElseThrow(() -> new UnknownSiteException(site)))
                .flatMap(span -> read(span, request.resolve(span, maxRangeDays)));
    }

    /** Every row of a ranking over the range, most hits first; fails as {@link #summary} does. */
    public Uni<List<? extends RankedHits>> ranking(Reader reader, String site, DateRangeRequest request,
            Ranking ranking) {
        return range(reader, site, request).flatMap(range -> switch (ranking) {
            case URLS -> rollups.topUrls(site, range, Integer.MAX_VALUE).map(rows -> rows);
            case CLIENT_DOMAINS -> rollups.topClientDomains(site, range, Integer.MAX_VALUE).map(rows -> rows);
        });
    }

    private Uni<DateRange> range(Reader reader, String site, DateRangeRequest request) {
        access.check(reader, site);
        return rollups.span(site)
                .map(span -> request.resolve(span.orElseThrow(() -> new UnknownSiteException(site)), maxRangeDays));
    }

    /** The summary of a site over a range already resolved and checked. */
    public Uni<SiteSummary> summary(SiteSpan span, DateRange range) {
        return read(span, range);
    }

    private Uni<SiteSummary> read(SiteSpan span, DateRange range) {
        return cache.get(AnswerKey.of("summary", span, range), () -> readRollups(span, range));
    }

    private Uni<SiteSummary> readRollups(SiteSpan span, DateRange range) {
        return summary(span, range, rollups.topUrls(span.site(), range, SiteSummary.TOP),
                rollups.topClientDomains(span.site(), range, SiteSummary.TOP));
    }

    /**
     * The summary of a range already resolved and checked, its top URLs and client domains ({@link SiteSummary#TOP}
     * of each) read by the caller, who reads them for more than the summary; not kept (the caller's answer is). The
     * range's queries are independent, so they run at once on separate pooled connections.
     */
    public Uni<SiteSummary> summary(SiteSpan span, DateRange range, Uni<List<UrlHits>> topUrls,
            Uni<List<DomainHits>> topClientDomains) {
        String site = span.site();
        return Uni.combine().all().unis(
                        rollups.days(site, range),
                        topUrls,
                        topClientDomains,
                        rollups.rejections(site, range),
                        rollups.repairs(site, range))
                .with((days, urls, domains, rejections, repairs) ->
                        SiteSummary.of(span, range, days, urls, domains, rejections, repairs));
    }
}
