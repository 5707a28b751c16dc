package io.hitstream.report.web;

import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.PanelTable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A panel's table as the ranking tag draws it: headings that sort (server-side, by link), cells as text, and links
 * to the other pages, the whole panel and its CSV; every link keeps the range.
 *
 * @param notes what a reader must know to read the rows right: that some of the range's keys went past the daily
 *     bound and are counted under (other)
 * @param emptyText what stands instead of a table without rows
 */
public record PanelView(String title, String pathName, List<String> notes, String emptyText,
        List<Heading> headings, List<Row> rows, long totalRows, String panelHref, String csvHref, String previousHref,
        String nextHref, String pageLabel) {

    /**
     * A column heading; sortHref sorts by it (the other way round when it is the column sorted by already), null for
     * a column the panel does not sort by.
     */
    public record Heading(String text, boolean numeric, String sortHref, String ariaSort) {
    }

    public record Row(long rank, List<Cell> cells) {
    }

    /**
     * One cell: text as is (Qute escapes it), href only for an http or https URL.
     *
     * @param title the exact value where the text rounds it, else null
     * @param samples the log lines of a samples cell, each shown as is; empty for other cells
     */
    public record Cell(String text, boolean numeric, String href, String title, List<String> samples) {
        Cell(String text, boolean numeric, String href, String title) {
            this(text, numeric, href, title, List.of());
        }
    }

    static PanelView of(PanelTable table, ReportLinks links) {
        PanelColumn sorted = table.options().sort();
        List<Heading> headings = table.panel().columns().stream().map(column -> new Heading(column.heading(),
                column.kind().numeric(),
                !table.panel().sortsBy(column) ? null : links.panel(table.panel(), table.options(), column,
                        column.equals(sorted) ? !table.options().descending() : column.kind().numeric(), 1),
                column.equals(sorted) ? (table.options().descending() ? "descending" : "ascending") : null)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                cells.add(cell(table.panel().columns().get(c), values.get(c)));
            }
            rows.add(new Row(table.options().offset() + i + 1, cells));
        }
        int page = table.options().page();
        return new PanelView(table.panel().title(), table.panel().pathName(), notes(table),
                table.panel().emptyText(), headings, rows, table.totalRows(),
                links.panel(table.panel(), table.options(), sorted, table.options().descending(), 1),
                links.csv(table.panel(), table.options()),
                page > 1 ? links.panel(table.panel(), table.options(), sorted, table.options().descending(), page - 1)
                        : null,
                page < table.pageCount()
                        ? links.panel(table.panel(), table.options(), sorted, table.options().descending(), page + 1)
                        : null,
                "page " + page + " of " + table.pageCount());
    }

    private static List<String> notes(PanelTable table) {
        List<String> notes = new ArrayList<>();
        table.overflow().ifPresent(overflow -> notes.add(ReportFormat.grouped(overflow.hits()) + " hits ("
                + ReportFormat.byteSize(overflow.bytes()) + ") of this range were of new keys past the day's bound "
                + "of distinct keys: they are counted under (other), and how many distinct keys they were is not "
                + "recorded."));
        return notes;
    }

    static Cell cell(PanelColumn column, Object value) {
        if (value == null) {
            return new Cell("–", column.kind().numeric(), null, null);
        }
        return switch (column.kind()) {
            case TEXT, PERIOD -> new Cell(value.toString(), false, null, null);
            case LINK -> new Cell(value.toString(), false, webLink(value.toString()), null);
            case COUNT -> new Cell(number(value), true, null, null);
            case BYTES -> new Cell(ReportFormat.byteSize(((Number) value).longValue()), true, null,
                    ReportFormat.grouped(((Number) value).longValue()) + " bytes");
            case MICROS -> new Cell(String.format(Locale.ROOT, "%.1f ms", ((Number) value).doubleValue() / 1000),
                    true, null, value + " µs");
            case PERCENT -> new Cell(String.format(Locale.ROOT, "%+.1f %%", ((Number) value).doubleValue()), true,
                    null, null);
            case SAMPLES -> new Cell("", false, null, null,
                    ((List<?>) value).stream().map(String::valueOf).toList());
        };
    }

    private static String number(Object value) {
        return value instanceof Long count ? ReportFormat.grouped(count)
                : String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
    }

    /** The URL as a link target only when it is an absolute http or https URL; anything else stays text. */
    static String webLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString()
                    : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
