package io.hitstream.report.store;

import io.hitstream.report.domain.PanelColumn;

/**
 * The SQL of a page of counted keys sorted by one column: the ORDER BY is built only from this class's constants,
 * picked by the column's field, so no request text reaches the statement.
 */
final class KeyPageQuery {
    private static final String SELECT = """
            SELECT key, key2, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes, sum(slow)::bigint AS slow,
                   sum(latency_sum_micros)::bigint AS latency_sum, sum(latency_count)::bigint AS latency_count,
                   count(*) OVER () AS total_rows
            FROM %s
            WHERE site = $1 AND dimension = $2 AND local_date BETWEEN $3 AND $4
            GROUP BY key, key2
            ORDER BY %s, key COLLATE "C", key2 COLLATE "C"
            LIMIT $5 OFFSET $6
            """;
    private static final String COUNT = """
            SELECT count(*) AS total_rows FROM (SELECT 1 FROM %s
            WHERE site = $1 AND dimension = $2 AND local_date BETWEEN $3 AND $4 GROUP BY key, key2) k
            """;

    private KeyPageQuery() {
    }

    /** The page's statement on daily_counts or hourly_counts; a null field sorts by hits, most first. */
    static String page(String table, PanelColumn.Field field, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        String order = switch (field == null ? PanelColumn.Field.HITS : field) {
            case KEY -> "key COLLATE \"C\"" + direction;
            case KEY2 -> "key2 COLLATE \"C\"" + direction;
            case BYTES -> "sum(bytes)" + direction;
            case AVG_LATENCY -> "sum(latency_sum_micros)::float8 / nullif(sum(latency_count), 0)" + direction
                    + " NULLS LAST";
            case HITS, OTHER -> "sum(hits)" + (field == null ? " DESC" : direction);
        };
        return SELECT.formatted(table, order);
    }

    /** How many keys the range has, for a page past the last. */
    static String count(String table) {
        return COUNT.formatted(table);
    }
}
