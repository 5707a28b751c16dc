package io.hitstream.report.domain;

import java.util.List;

/** One page of a dimension's counted keys, and how many keys the whole range has. */
public record KeyPage(List<KeyRow> rows, long totalRows) {
    public KeyPage {
        rows = List.copyOf(rows);
    }
}
