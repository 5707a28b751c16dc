package io.hitstream.report.domain;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The report's panels, each one table, by the name in their path: read from the counted keys of one dimension, or
 * computed from the hours, the request groups' latencies or the URLs' directory tree.
 */
public enum Panel {
    SUMMARY("summary", "Summary", Source.SUMMARY, null, List.of(
            PanelColumn.of("figure", "Figure", PanelColumn.Kind.TEXT),
            PanelColumn.of("value", "Value", PanelColumn.Kind.COUNT),
            PanelColumn.of("previous", "Previous period", PanelColumn.Kind.COUNT),
            PanelColumn.of("changePercent", "Change %", PanelColumn.Kind.PERCENT))),
    TRAFFIC("traffic", "Traffic over time", Source.HOURS, null, periodColumns("period", "Period")),
    HOURS("hours", "Hours of the day", Source.HOURS, null, periodColumns("hour", "Hour")),
    WEEKDAYS("weekdays", "Days of the week", Source.HOURS, null, periodColumns("day", "Day")),
    URLS("urls", "Top URLs", Source.KEYS, Dimension.URL, List.of(
            PanelColumn.text("url", "URL", PanelColumn.Field.KEY), PanelColumn.HITS, PanelColumn.BYTES,
            new PanelColumn("avgLatencyMicros", "Average latency", PanelColumn.Kind.MICROS,
                    PanelColumn.Field.AVG_LATENCY))),
    CLIENT_DOMAINS("client-domains", "Client domains", Source.KEYS, Dimension.CLIENT_DOMAIN, keyColumns("domain", "Domain")),
    TLDS("tlds", "Top-level domains", Source.KEYS, Dimension.CLIENT_TLD, keyColumns("tld", "Top-level domain")),
    COUNTRIES("countries", "Countries", Source.KEYS, Dimension.COUNTRY, keyColumns("country", "Country")),
    REFERRERS("referrers", "Referring URLs", Source.KEYS, Dimension.REFERRER_URL, List.of(
            PanelColumn.link("referrer", "Referrer", PanelColumn.Field.KEY), PanelColumn.HITS, PanelColumn.BYTES)),
    REFERRER_DOMAINS("referrer-domains", "Referring domains", Source.KEYS, Dimension.REFERRER_DOMAIN,
            keyColumns("domain", "Domain")),
    SEARCH_ENGINES("search-engines", "Search engines", Source.KEYS, Dimension.SEARCH_ENGINE,
            keyColumns("searchEngine", "Search engine")),
    BROWSERS("browsers", "Browsers", Source.KEYS, Dimension.BROWSER, keyColumns("browser", "Browser")),
    OPERATING_SYSTEMS("operating-systems", "Operating systems", Source.KEYS, Dimension.OS, keyColumns("os", "Operating system")),
    DEVICES("devices", "Devices", Source.KEYS, Dimension.DEVICE, keyColumns("device", "Device")),
    CRAWLERS("crawlers", "Crawlers", Source.KEYS, Dimension.CRAWLER, keyColumns("crawler", "Crawler")),
    STATUS_CODES("status-codes", "Status codes", Source.KEYS, Dimension.STATUS, keyColumns("status", "Status")),
    METHODS("methods", "Request methods", Source.KEYS, Dimension.METHOD, keyColumns("method", "Method")),
    RESPONSE_SIZES("response-sizes", "Response sizes", Source.KEYS, Dimension.SIZE_BIN,
            keyColumns("size", "Response size")),
    NOT_FOUND("not-found", "Not found (404)", Source.KEYS, Dimension.NOT_FOUND_URL, keyColumns("url", "URL")),
    BAD_LINKS("bad-links", "Bad links", Source.KEYS, Dimension.NOT_FOUND_FROM, List.of(
            PanelColumn.link("page", "Page with the link", PanelColumn.Field.KEY2),
            PanelColumn.text("brokenLink", "Link not found", PanelColumn.Field.KEY), PanelColumn.HITS)),
    REDIRECTS("redirects", "Redirects", Source.KEYS, Dimension.REDIRECT_URL, List.of(
            PanelColumn.text("url", "URL", PanelColumn.Field.KEY),
            PanelColumn.text("status", "Status", PanelColumn.Field.KEY2), PanelColumn.HITS)),
    REQUEST_GROUPS("request-groups", "Request groups", Source.REQUEST_GROUPS, null, List.of(
            PanelColumn.of("group", "Group", PanelColumn.Kind.TEXT),
            PanelColumn.of("calls", "Calls", PanelColumn.Kind.COUNT),
            PanelColumn.of("slow", "Slow", PanelColumn.Kind.COUNT),
            PanelColumn.of("minMicros", "Min", PanelColumn.Kind.MICROS),
            PanelColumn.of("meanMicros", "Mean", PanelColumn.Kind.MICROS),
            PanelColumn.of("p50Micros", "p50", PanelColumn.Kind.MICROS),
            PanelColumn.of("p90Micros", "p90", PanelColumn.Kind.MICROS),
            PanelColumn.of("p99Micros", "p99", PanelColumn.Kind.MICROS),
            PanelColumn.of("maxMicros", "Max", PanelColumn.Kind.MICROS))),
    PATTERNS("patterns", "Pattern counters", Source.KEYS, Dimension.PATTERN, keyColumns("pattern", "Pattern")),
    WEB_HOSTS("web-hosts", "Web hosts", Source.KEYS, Dimension.WEB_HOST, keyColumns("host", "Web host")),
    DIR_TREE("dir-tree", "Dir Tree", Source.DIR_TREE, Dimension.URL, List.of(
            PanelColumn.of("path", "Directory or page", PanelColumn.Kind.TEXT),
            PanelColumn.of("depth", "Depth", PanelColumn.Kind.COUNT),
            PanelColumn.of("hits", "Hits", PanelColumn.Kind.COUNT),
            PanelColumn.of("bytes", "Bytes", PanelColumn.Kind.BYTES))),
    REJECTED_LINES("rejected-lines", "Rejected lines", Source.REJECTIONS, null, reasonColumns()),
    REPAIRED_LINES("repaired-lines", "Repaired lines", Source.REPAIRS, null, reasonColumns()),
    OVERFLOW("overflow", "Keys past the daily bound", Source.KEYS, Dimension.OVERFLOW, List.of(
            PanelColumn.text("dimension", "Dimension", PanelColumn.Field.KEY), PanelColumn.HITS, PanelColumn.BYTES));

    /** Where a panel's rows come from; rejections and repairs are per reason, with their kept samples. */
    public enum Source { SUMMARY, HOURS, KEYS, REQUEST_GROUPS, DIR_TREE, REJECTIONS, REPAIRS }

    private final String pathName;
    private final String title;
    private final Source source;
    private final Dimension dimension;
    private final List<PanelColumn> columns;

    Panel(String pathName, String title, Source source, Dimension dimension, List<PanelColumn> columns) {
        this.pathName = pathName;
        this.title = title;
        this.source = source;
        this.dimension = dimension;
        this.columns = columns;
    }

    public String pathName() {
        return pathName;
    }

    public String title() {
        return title;
    }

    public Source source() {
        return source;
    }

    /** The dimension a counted-key panel reads. */
    public Dimension dimension() {
        return dimension;
    }

    public List<PanelColumn> columns() {
        return columns;
    }

    /**
     * Whether the panel reads a dimension whose keys stats bounds per day (past the bound new keys count under
     * {@code (other)} and as {@link Dimension#OVERFLOW}): the day-grain ones but the overflow itself.
     */
    public boolean keysBoundedPerDay() {
        return dimension != null && dimension.grain() == Grain.DAY && dimension != Dimension.OVERFLOW;
    }

    /** What the panel says when it has no row. */
    public String emptyText() {
        return switch (this) {
            case REJECTED_LINES -> "No line rejected.";
            case REPAIRED_LINES -> "No line repaired.";
            case OVERFLOW -> "No dimension went past its daily bound of distinct keys in this range.";
            default -> "No hits in this range.";
        };
    }

    /**
     * Whether the panel sorts by this column of its own: any but samples, and the Dir Tree by hits or by path (name)
     * only.
     */
    public boolean sortsBy(PanelColumn column) {
        return column.kind() != PanelColumn.Kind.SAMPLES
                && (this != DIR_TREE || column.name().equals("hits") || column.name().equals("path"));
    }

    /** The column sorted by when none is asked for; none: most hits first (time panels: in time order). */
    public Optional<PanelColumn> defaultSort() {
        return this == BAD_LINKS ? column("page") : Optional.empty();
    }

    /** The panel of a path name; throws {@link UnknownPanelException} for any other name. */
    public static Panel named(String pathName) {
        return find(pathName).orElseThrow(() -> new UnknownPanelException(pathName));
    }

    private static Optional<Panel> find(String pathName) {
        return Arrays.stream(values()).filter(panel -> panel.pathName.equals(pathName)).findFirst();
    }

    /** The column of a name, if this panel has one. */
    public Optional<PanelColumn> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    private static List<PanelColumn> keyColumns(String name, String heading) {
        return List.of(PanelColumn.text(name, heading, PanelColumn.Field.KEY), PanelColumn.HITS, PanelColumn.BYTES);
    }

    private static List<PanelColumn> reasonColumns() {
        return List.of(PanelColumn.of("reason", "Reason", PanelColumn.Kind.TEXT),
                PanelColumn.of("lines", "Lines", PanelColumn.Kind.COUNT),
                PanelColumn.of("samples", "Recent samples", PanelColumn.Kind.SAMPLES));
    }

    private static List<PanelColumn> periodColumns(String name, String heading) {
        return List.of(PanelColumn.of(name, heading, PanelColumn.Kind.PERIOD),
                PanelColumn.of("hits", "Hits", PanelColumn.Kind.COUNT),
                PanelColumn.of("pages", "Pages", PanelColumn.Kind.COUNT),
                PanelColumn.of("bytes", "Bytes", PanelColumn.Kind.BYTES));
    }
}
