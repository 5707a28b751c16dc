package io.hitstream.report.web;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.PanelTable;
import io.hitstream.report.domain.ReportRange;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code GET /api/v1/sites/{site}/panels/{panel}}: the same shape for every panel, its rows objects
 * keyed by the column names listed in {@code columns}.
 */
public record PanelJson(String site, String timeZone, String panel, String title,
        @Schema(description = "First day of the rows") LocalDate from,
        @Schema(description = "Last day of the rows") LocalDate to,
        @Schema(description = "First day of the period compared with; null unless compare=true") LocalDate previousFrom,
        @Schema(description = "Last day of the period compared with; null unless compare=true") LocalDate previousTo,
        @Schema(description = "The column sorted by; null for the panel's own order") String sort,
        @Schema(description = "asc or desc") String dir,
        int page, int size,
        @Schema(description = "Rows of the whole table, over all pages") long totalRows,
        List<ColumnJson> columns,
        @Schema(description = "The page's rows: column name to value (text, number, a list of texts for samples, "
                + "or null where none applies)")
        List<Map<String, Object>> rows,
        @Schema(description = "What the panel's dimension counted under the key (other) over the range, once a "
                + "day's bound of distinct keys was reached; null when it was not reached (or the panel's keys are "
                + "not bounded)")
        OverflowJson overflow) {

    /**
     * Hits and bytes of keys past the daily bound, counted under (other); how many distinct keys they were is not
     * recorded.
     */
    public record OverflowJson(long hits, long bytes) {
    }

    /**
     * One column.
     *
     * @param kind text, link, period, count, bytes, micros (a latency in microseconds), percent or samples (a list
     *     of log lines, newest first)
     */
    public record ColumnJson(String name, String heading, String kind) {
    }

    static PanelJson of(ReportRange range, PanelTable table) {
        List<PanelColumn> columns = table.panel().columns();
        DateRange previous = range.previous().orElse(null);
        return new PanelJson(range.site(), range.span().timeZone(), table.panel().pathName(), table.panel().title(),
                range.range().from(), range.range().to(),
                previous == null ? null : previous.from(), previous == null ? null : previous.to(),
                table.options().sort() == null ? null : table.options().sort().name(),
                table.options().descending() ? "desc" : "asc", table.options().page(), table.options().size(),
                table.totalRows(),
                columns.stream().map(column -> new ColumnJson(column.name(), column.heading(),
                        column.kind().name().toLowerCase(Locale.ROOT))).toList(),
                table.rows().stream().map(row -> object(columns, row)).toList(),
                table.overflow().map(overflow -> new OverflowJson(overflow.hits(), overflow.bytes())).orElse(null));
    }

    private static Map<String, Object> object(List<PanelColumn> columns, List<Object> row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            object.put(columns.get(i).name(), row.get(i));
        }
        return object;
    }
}
