package io.hitstream.report.web;

import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.PanelTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One summary figure as the site page shows it.
 *
 * @param title the exact value where the text rounds it, else null
 * @param change the change from the previous period ("+12.5 %"), null when not compared or nothing to compare
 * @param previous the previous period's value as text, null when not compared
 */
public record FigureView(String label, String text, String title, String change, String previous) {
    private static final Map<String, String> LABELS = Map.of("hits", "Hits", "pages", "Pages", "visitors",
            "Visitors", "bytes", "Bytes", "crawlerSharePercent", "Crawler share", "rejectedLines",
            "Rejected lines", "repairedLines", "Repaired lines");

    /** The figures of the summary panel's rows: name, value, previous, change. */
    static List<FigureView> of(PanelTable summary) {
        return summary.rows().stream().map(FigureView::of).toList();
    }

    private static FigureView of(List<Object> row) {
        String name = (String) row.get(0);
        PanelView.Cell value = cell(name, row.get(1));
        Object previous = row.get(2);
        Object change = row.get(3);
        return new FigureView(LABELS.get(name), value.text(), value.title(),
                change == null ? null : String.format(Locale.ROOT, "%+.1f %%", ((Number) change).doubleValue()),
                previous == null ? null : cell(name, previous).text());
    }

    private static PanelView.Cell cell(String name, Object value) {
        PanelColumn.Kind kind = switch (name) {
            case "bytes" -> PanelColumn.Kind.BYTES;
            case "crawlerSharePercent" -> PanelColumn.Kind.PERCENT;
            default -> PanelColumn.Kind.COUNT;
        };
        if (kind == PanelColumn.Kind.PERCENT) {
            return new PanelView.Cell(String.format(Locale.ROOT, "%.1f %%", ((Number) value).doubleValue()), true,
                    null, null);
        }
        return PanelView.cell(new PanelColumn(name, name, kind, PanelColumn.Field.OTHER), value);
    }
}
