package io.hitstream.report.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One page of a panel's table.
 *
 * @param rows the page's rows, each a value per column of the panel (String, Long, Double, or null where a
 *     figure does not apply)
 * @param totalRows how many rows the whole table has
 * @param overflow what the panel's dimension counted under {@code (other)} over the range, empty when its keys
 *     stayed within the daily bound (and for panels whose keys are not bounded)
 */
public record PanelTable(Panel panel, PanelOptions options, List<List<Object>> rows, long totalRows,
        Optional<KeyOverflow> overflow) {

    public PanelTable {
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** A page of a panel whose dimension did not overflow. */
    public PanelTable(Panel panel, PanelOptions options, List<List<Object>> rows, long totalRows) {
        this(panel, options, rows, totalRows, Optional.empty());
    }

    /** The same page, saying what its dimension counted under {@code (other)}. */
    public PanelTable withOverflow(Optional<KeyOverflow> keysPastTheBound) {
        return new PanelTable(panel, options, rows, totalRows, keysPastTheBound);
    }

    /** Sorts every row of a computed panel as asked (stable, so ties keep the panel's order) and keeps the page. */
    public static PanelTable paged(Panel panel, PanelOptions options, List<List<Object>> allRows) {
        List<List<Object>> sorted = new ArrayList<>(allRows);
        PanelColumn sort = options.sort();
        if (sort != null && sort.kind() == PanelColumn.Kind.PERIOD) {
            if (options.descending()) {
                Collections.reverse(sorted);
            }
        } else if (sort != null) {
            int index = panel.columns().indexOf(sort);
            Comparator<Object> cells = options.descending() ? CellOrder.ORDER.reversed() : CellOrder.ORDER;
            sorted.sort(Comparator.comparing(row -> row.get(index), Comparator.nullsLast(cells)));
        }
        return pagedInOrder(panel, options, sorted);
    }

    /** Keeps the page of rows whose order is the panel's own (the Dir Tree's, sorted as it is built). */
    public static PanelTable pagedInOrder(Panel panel, PanelOptions options, List<List<Object>> allRows) {
        int from = (int) Math.min(options.offset(), allRows.size());
        int to = (int) Math.min((long) from + options.size(), allRows.size());
        return new PanelTable(panel, options, allRows.subList(from, to), allRows.size());
    }

    /** How many pages the whole table fills; at least one. */
    public long pageCount() {
        return Math.max(1, (totalRows + options.size() - 1) / options.size());
    }

    /** Cells compare as numbers when both are, else as text in code point order. */
    private static final class CellOrder {
        static final Comparator<Object> ORDER = (a, b) -> a instanceof Number x && b instanceof Number y
                ? Double.compare(x.doubleValue(), y.doubleValue())
                : a.toString().compareTo(b.toString());
    }
}
