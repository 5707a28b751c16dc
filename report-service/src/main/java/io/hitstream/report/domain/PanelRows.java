package io.hitstream.report.domain;

import io.hitstream.rollups.sketch.LatencySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns what a panel is computed from into its table's rows, a value per column in the panel's column order. */
public final class PanelRows {

    private PanelRows() {
    }

    /** The rows of a counted-key panel: each column's field of the key. */
    public static List<List<Object>> ofKeys(Panel panel, List<KeyRow> keys) {
        return keys.stream().map(key -> panel.columns().stream().map(column -> field(column, key)).toList()).toList();
    }

    public static List<List<Object>> ofPeriods(List<PeriodTotals> periods) {
        return periods.stream().map(period -> List.<Object>of(period.period(), period.hits(), period.pages(),
                period.bytes())).toList();
    }

    public static List<List<Object>> ofFigures(List<Figure> figures) {
        return figures.stream().map(figure -> cells(figure.name(), figure.value(), figure.previous(),
                figure.changePercent())).toList();
    }

    public static List<List<Object>> ofRequestGroups(List<RequestGroup> groups) {
        return groups.stream().map(group -> {
            LatencySummary latency = group.latency().orElse(null);
            return latency == null
                    ? cells(group.group(), group.calls(), group.slow(), null, null, null, null, null, null)
                    : cells(group.group(), group.calls(), group.slow(), latency.min(), Math.round(latency.mean()),
                            latency.p50(), latency.p90(), latency.p99(), latency.max());
        }).toList();
    }

    /** The rows of rejected lines, most lines first, ties in the order given (by reason). */
    public static List<List<Object>> ofRejections(List<Rejection> rejections) {
        return rejections.stream().sorted(Comparator.comparingLong(Rejection::lines).reversed())
                .map(rejection -> List.<Object>of(rejection.reason(), rejection.lines(), rejection.samples()))
                .toList();
    }

    /** The rows of repaired lines, most lines first, ties in the order given (by reason). */
    public static List<List<Object>> ofRepairs(List<LineRepair> repairs) {
        return repairs.stream().sorted(Comparator.comparingLong(LineRepair::lines).reversed())
                .map(repair -> List.<Object>of(repair.reason(), repair.lines(), repair.samples()))
                .toList();
    }

    public static List<List<Object>> ofDirTree(DirNode root) {
        return DirTree.flatten(root).stream()
                .map(node -> List.<Object>of(node.path(), (long) node.depth(), node.hits(), node.bytes()))
                .toList();
    }

    private static Object field(PanelColumn column, KeyRow key) {
        return switch (column.field()) {
            case KEY -> key.key();
            case KEY2 -> key.key2();
            case HITS -> key.hits();
            case BYTES -> key.bytes();
            case AVG_LATENCY -> key.averageLatencyMicros();
            case OTHER -> throw new IllegalArgumentException(column.name() + " is no field of a counted key");
        };
    }

    /** A row that may hold nulls, which {@code List.of} refuses. */
    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }
}
