package io.hitstream.report.store;

import io.hitstream.report.domain.PanelColumn;

/**
 * The SQL of a page of counted keys sorted by one column: the ORDER BY is built only from this class's constants,
 * picked by the column's field, so no request text reaches the statement.
 */
final class KeyPageQuery {
    /** The counted keys of an hour-grain dimension over the range. */
    static final String HOURLY = "(SELECT * FROM hourly_counts"
            + " WHERE site = $1 AND dimension = $2 AND local_date BETWEEN $3 AND $4)";
    /** The counted keys of a day-grain dimension over the range, from the monthly grain where it is exact. */
    static final String DAILY = RangeCounts.of("$1", "$2", "$3", "$4");

    private static final String SELECT = """
            SELECT key, key2, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes, sum(slow)::bigint AS slow,
                   sum(latency_sum_micros)::bigint AS latency_sum, sum(latency_count)::bigint AS latency_count,
                   count(*) OVER () AS total_rows
            FROM %s c
            GROUP BY key, key2
            ORDER BY %s, key COLLATE "C", key2 COLLATE "C"
            LIMIT $5 OFFSET $6
            """;
    private static final String COUNT = """
            SELECT count(*) AS total_rows FROM (SELECT 1 FROM %s c GROUP BY key, key2) k
            """;

    private KeyPageQuery() {
    }

    /** The page's statement on {@link #DAILY} or {@link #HOURLY}; a null field sorts by hits, most first. */
    static String page(String source, PanelColumn.Field field, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        String order = switch (field == null ? PanelColumn.Field.HITS : field) {
            case KEY -> "key COLLATE \"C\"" + direction;
            case KEY2 -> "key2 COLLATE \"C\"" + direction;
            case BYTES -> "sum(bytes)" + direction;
            case AVG_LATENCY -> "sum(latency_sum_micros)::float8 / nullif(sum(latency_count), 0)" + direction
                    + " NULLS LAST";
            case HITS, OTHER -> "sum(hits)" + (field == null ? " DESC" : direction);
        };
        return SELECT.formatted(source, order);
    }

    /** How many keys the range has, for a page past the last. */
    static String count(String source) {
        return COUNT.formatted(source);
    }
}
