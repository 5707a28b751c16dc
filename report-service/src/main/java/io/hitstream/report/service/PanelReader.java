package io.hitstream.report.service;

import io.hitstream.report.config.ReportConfig;
import io.hitstream.report.domain.AnswerKey;
import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.DirNode;
import io.hitstream.report.domain.DirTree;
import io.hitstream.report.domain.DomainHits;
import io.hitstream.report.domain.HourTotals;
import io.hitstream.report.domain.KeyOverflow;
import io.hitstream.report.domain.KeyPage;
import io.hitstream.report.domain.KeyRow;
import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.PanelRows;
import io.hitstream.report.domain.PanelTable;
import io.hitstream.report.domain.PeriodFigures;
import io.hitstream.report.domain.PeriodTotals;
import io.hitstream.report.domain.RangeSelection;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.ReportRange;
import io.hitstream.report.domain.RequestGroup;
import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.SiteReport;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.Traffic;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.domain.UrlHits;
import io.hitstream.report.store.RollupReader;
import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.sketch.LatencySketch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads the report's panels over a range the reader selected, for a site the reader may see. */
@ApplicationScoped
public class PanelReader {
    private final RollupReader rollups;
    private final int maxRangeDays;
    private final SiteAccess access;
    private final Clock clock;
    private final ReportCache cache;
    private final SummaryReader summaries;

    public PanelReader(RollupReader rollups, ReportConfig config, UserDirectory users, Clock clock,
            ReportCache cache, SummaryReader summaries) {
        this.rollups = rollups;
        this.maxRangeDays = config.maxRangeDays();
        this.access = users.access();
        this.clock = clock;
        this.cache = cache;
        this.summaries = summaries;
    }

    /**
     * The range the selection means on the site; fails with the access exceptions (before looking the site up),
     * {@link UnknownSiteException} or {@link io.hitstream.report.domain.InvalidRangeException}.
     */
    public Uni<ReportRange> range(Reader reader, String site, RangeSelection selection) {
        access.check(reader, site);
        return rollups.span(site)
                .map(span -> span.orElseThrow(() -> new UnknownSiteException(site)))
                .map(span -> ReportRange.of(span, selection, selection.resolve(span, maxRangeDays, clock)));
    }

    /**
     * The site page: the summary and the report (the first rows of every panel, and the Dir Tree as a tree), their
     * queries at once. The four panels made of the range's hours share one read of them; every URL is read once, for
     * the Dir Tree, the URLs panel's first rows and the summary's top URLs (all in the same order: most hits first,
     * ties in key order); the client domains' first rows once, for their panel and the summary.
     */
    public Uni<SitePage> sitePage(ReportRange range) {
        Uni<List<KeyRow>> urls = allKeys(range.site(), Dimension.URL, range.range()).memoize().indefinitely();
        Uni<KeyPage> domains = rollups.keyPage(range.site(), Dimension.CLIENT_DOMAIN, range.range(), null, true,
                Math.max(SiteReport.ROWS, SiteSummary.TOP), 0).memoize().indefinitely();
        Uni<SiteSummary> summary = summaries.summary(range.span(), range.range(),
                urls.map(all -> first(all, SiteSummary.TOP).stream().map(url -> new UrlHits(url.key(), url.hits()))
                        .toList()),
                domains.map(page -> first(page.rows(), SiteSummary.TOP).stream()
                        .map(domain -> new DomainHits(domain.key(), domain.hits())).toList()));
        return Uni.combine().all().unis(summary, report(range, urls, domains)).with(SitePage::new);
    }

    private Uni<SiteReport> report(ReportRange range, Uni<List<KeyRow>> urls, Uni<KeyPage> domains) {
        Uni<List<HourTotals>> hours = rollups.hours(range.site(), range.range()).memoize().indefinitely();
        Uni<Map<String, KeyOverflow>> overflow = overflow(range).memoize().indefinitely();
        PanelOptions top = PanelOptions.top(SiteReport.ROWS);
        List<Uni<PanelTable>> tables = Arrays.stream(Panel.values())
                .filter(panel -> panel != Panel.DIR_TREE)
                .map(panel -> switch (panel) {
                    case URLS -> withOverflow(panel, urls.map(all -> firstRows(panel, top, all, all.size())), overflow);
                    case CLIENT_DOMAINS -> withOverflow(panel, domains.map(page -> firstRows(panel, top, page.rows(),
                            page.totalRows())), overflow);
                    default -> table(range, panel, top, hours, overflow);
                })
                .toList();
        Uni<DirNode> tree = urls.map(all -> DirTree.of(all, top.treeDepth(), top.treeOrder(), top.htmlOnly()));
        return Uni.combine().all().unis(Uni.join().all(tables).andFailFast(), tree)
                .with((panels, dirTree) -> new SiteReport(range, panels, dirTree));
    }

    /** The summary and the report of a site page. */
    public record SitePage(SiteSummary summary, SiteReport report) {
    }

    /** The first page of a keys panel in its own order, from its first keys in that order. */
    private static PanelTable firstRows(Panel panel, PanelOptions options, List<KeyRow> keys, long totalRows) {
        return new PanelTable(panel, options, PanelRows.ofKeys(panel, first(keys, options.size())), totalRows);
    }

    private static <T> List<T> first(List<T> rows, int count) {
        return rows.subList(0, Math.min(count, rows.size()));
    }

    /**
     * One page of a panel's table, as the options ask, with what its dimension counted under (other); a page is kept
     * in the cache, every row (a download) is not.
     */
    public Uni<PanelTable> table(ReportRange range, Panel panel, PanelOptions options) {
        Supplier<Uni<PanelTable>> read = () -> table(range, panel, options,
                rollups.hours(range.site(), range.range()), overflow(range));
        return options.size() > PanelOptions.MAX_SIZE ? read.get()
                : cache.get(AnswerKey.of("panel", range.span(), range, panel, options), read);
    }

    /**
     * A panel's page, the range's hours read by {@code hours} and the overflow of its dimensions by {@code overflow}
     * where the panel needs them.
     */
    private Uni<PanelTable> table(ReportRange range, Panel panel, PanelOptions options, Uni<List<HourTotals>> hours,
            Uni<Map<String, KeyOverflow>> overflow) {
        return withOverflow(panel, rows(range, panel, options, hours), overflow);
    }

    /** The page with what the panel's dimension counted under (other), for a dimension bounded per day. */
    private static Uni<PanelTable> withOverflow(Panel panel, Uni<PanelTable> table,
            Uni<Map<String, KeyOverflow>> overflow) {
        if (!panel.keysBoundedPerDay()) {
            return table;
        }
        return Uni.combine().all().unis(table, overflow).with((page, byDimension) ->
                page.withOverflow(Optional.ofNullable(byDimension.get(panel.dimension().name()))));
    }

    private Uni<PanelTable> rows(ReportRange range, Panel panel, PanelOptions options, Uni<List<HourTotals>> hours) {
        return switch (panel.source()) {
            case SUMMARY -> summary(range, hours).map(rows -> PanelTable.paged(panel, options, rows));
            case HOURS -> hours.map(rows -> PanelTable.paged(panel, options,
                    PanelRows.ofPeriods(periods(range, panel, rows))));
            case KEYS -> keys(range, panel, options);
            case REQUEST_GROUPS -> requestGroups(range.site(), range.range())
                    .map(groups -> PanelTable.paged(panel, options, PanelRows.ofRequestGroups(groups)));
            case DIR_TREE -> dirTree(range, options)
                    .map(tree -> PanelTable.pagedInOrder(panel, options, PanelRows.ofDirTree(tree)));
            case REJECTIONS -> rollups.rejections(range.site(), range.range())
                    .map(rejections -> PanelTable.paged(panel, options, PanelRows.ofRejections(rejections)));
            case REPAIRS -> rollups.repairs(range.site(), range.range())
                    .map(repairs -> PanelTable.paged(panel, options, PanelRows.ofRepairs(repairs)));
        };
    }

    /** What each bounded dimension counted under (other) over the range, by the dimension's name. */
    private Uni<Map<String, KeyOverflow>> overflow(ReportRange range) {
        return allKeys(range.site(), Dimension.OVERFLOW, range.range()).map(rows -> rows.stream()
                .collect(Collectors.toMap(KeyRow::key, row -> new KeyOverflow(row.hits(), row.bytes()))));
    }

    /** The Dir Tree over the range, to the options' depth, in their order and filter. */
    public Uni<DirNode> dirTree(ReportRange range, PanelOptions options) {
        return cache.get(AnswerKey.of("dir-tree", range.span(), range, options.treeDepth(), options.treeOrder(),
                        options.htmlOnly()),
                () -> allKeys(range.site(), Dimension.URL, range.range())
                        .map(urls -> DirTree.of(urls, options.treeDepth(), options.treeOrder(), options.htmlOnly())));
    }

    private Uni<PanelTable> keys(ReportRange range, Panel panel, PanelOptions options) {
        PanelColumn sort = options.sort() != null ? options.sort() : panel.defaultSort().orElse(null);
        boolean descending = options.sort() != null ? options.descending() : sort == null;
        return rollups.keyPage(range.site(), panel.dimension(), range.range(), sort == null ? null : sort.field(),
                        descending, options.size(), options.offset())
                .map(page -> new PanelTable(panel, options, PanelRows.ofKeys(panel, page.rows()), page.totalRows()));
    }

    private Uni<List<KeyRow>> allKeys(String site, Dimension dimension, DateRange range) {
        return rollups.keyPage(site, dimension, range, null, true, Integer.MAX_VALUE, 0).map(page -> page.rows());
    }

    private static List<PeriodTotals> periods(ReportRange range, Panel panel,
            List<HourTotals> hours) {
        return switch (panel) {
            case TRAFFIC -> Traffic.overTime(range.range(), range.zone(), hours);
            case HOURS -> Traffic.hoursOfDay(range.zone(), hours);
            default -> Traffic.daysOfWeek(hours);
        };
    }

    private Uni<List<List<Object>>> summary(ReportRange range, Uni<List<HourTotals>> hours) {
        String site = range.site();
        Uni<Optional<PeriodFigures>> previous = range.previous().isEmpty() ? Uni.createFrom().item(Optional.empty())
                : figures(rollups.hours(site, range.previous().get()), site, range.previous().get())
                        .map(Optional::of);
        return Uni.combine().all().unis(figures(hours, site, range.range()), previous)
                .with((current, before) -> PanelRows.ofFigures(current.figures(before.orElse(null))));
    }

    private Uni<PeriodFigures> figures(Uni<List<HourTotals>> hours, String site, DateRange range) {
        return Uni.combine().all().unis(hours, rollups.visitors(site, range), rollups.rejections(site, range),
                        rollups.repairs(site, range))
                .with(PeriodFigures::of);
    }

    private Uni<List<RequestGroup>> requestGroups(String site, DateRange range) {
        return Uni.combine().all().unis(allKeys(site, Dimension.REQUEST_GROUP, range), rollups.latencies(site, range))
                .with((groups, latencies) -> groups.stream().map(group -> requestGroup(group, latencies)).toList());
    }

    private static RequestGroup requestGroup(KeyRow group, Map<String, LatencySketch> latencies) {
        LatencySketch sketch = latencies.get(group.key());
        return new RequestGroup(group.key(), group.hits(), group.slow(),
                sketch == null ? Optional.empty() : sketch.summary());
    }
}
