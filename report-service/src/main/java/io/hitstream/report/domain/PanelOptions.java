package io.hitstream.report.domain;

import java.util.stream.Collectors;

/**
 * How a panel's table is asked for: sorted by one of its columns, and which page of how many rows.
 *
 * @param sort the column sorted by, null for the panel's own order (most hits first; time panels in time order)
 * @param page 1 for the first page
 * @param treeDepth how deep the Dir Tree goes, 1 to {@link DirTree#MAX_DEPTH}
 * @param htmlOnly whether the Dir Tree counts HTML pages only
 */
public record PanelOptions(PanelColumn sort, boolean descending, int page, int size, int treeDepth,
        boolean htmlOnly) {
    public static final int DEFAULT_TREE_DEPTH = 2;
    /** The most rows one page holds; a CSV holds every row. */
    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 50;

    /**
     * Parses query parameters against the panel's columns (the whitelist of sort columns): {@code dir} is asc or
     * desc, by default desc for numbers (and for the panel's own order) and asc for text; blanks mean the defaults.
     */
    public static PanelOptions parse(Panel panel, String sort, String dir, Integer page, Integer size,
            Integer treeDepth, boolean htmlOnly) {
        PanelColumn column = sort == null || sort.isBlank() ? null : panel.column(sort).orElseThrow(
                () -> new InvalidPanelOptionException("sort must be a column of " + panel.pathName() + ": "
                        + panel.columns().stream().map(PanelColumn::name).collect(Collectors.joining(", "))));
        if (column != null && !panel.sortsBy(column)) {
            throw new InvalidPanelOptionException(panel == Panel.DIR_TREE
                    ? "the Dir Tree sorts by hits or by path (name), not " + sort
                    : panel.pathName() + " does not sort by " + sort + "; it sorts by " + panel.columns().stream()
                            .filter(panel::sortsBy).map(PanelColumn::name).collect(Collectors.joining(", ")));
        }
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 1) {
            throw new InvalidPanelOptionException("page must be 1 or more, not " + pageNumber);
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidPanelOptionException("size must be from 1 to " + MAX_SIZE + ", not " + pageSize
                    + "; the CSV has every row");
        }
        int depth = treeDepth == null ? DEFAULT_TREE_DEPTH : treeDepth;
        if (depth < 1 || depth > DirTree.MAX_DEPTH) {
            throw new InvalidPanelOptionException("depth must be from 1 to " + DirTree.MAX_DEPTH + ", not " + depth);
        }
        return new PanelOptions(column, descending(column, dir), pageNumber, pageSize, depth, htmlOnly);
    }

    /** The first {@code size} rows in the panel's own order, the Dir Tree at its default depth. */
    public static PanelOptions top(int size) {
        return new PanelOptions(null, true, 1, size, DEFAULT_TREE_DEPTH, false);
    }

    /** Every row, for a download. */
    public PanelOptions everyRow() {
        return new PanelOptions(sort, descending, 1, Integer.MAX_VALUE, treeDepth, htmlOnly);
    }

    /** The Dir Tree's order: by name when sorted by path, else by requests. */
    public DirTree.Order treeOrder() {
        return sort != null && sort.kind() == PanelColumn.Kind.TEXT ? DirTree.Order.NAME : DirTree.Order.REQUESTS;
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    private static boolean descending(PanelColumn column, String dir) {
        if (dir == null || dir.isBlank()) {
            return column == null || column.kind().numeric();
        }
        return switch (dir) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidPanelOptionException("dir must be asc or desc, not " + dir);
        };
    }
}
