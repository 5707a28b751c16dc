package io.hitstream.report.store;

/**
 * The counted keys of a day-grain dimension over a range as a FROM source, read from the monthly grain where it is
 * exact: the range's whole months that are folded and not dirty from monthly_counts, every other day of the range
 * (the edges, months not folded yet or dirty since) from daily_counts. One statement, so one snapshot: a month is
 * read from exactly one of the two tables, and from monthly rows only while they hold all of its daily rows. Summed
 * per key, it gives the same numbers as daily_counts alone.
 *
 * <p>The other days are read one by one from the primary key ({@code OFFSET 0} keeps the lateral subquery a loop):
 * as a join, the planner, which guesses 1000 days from generate_series, hashes all of the site's daily rows.
 */
final class RangeCounts {
    private static final String COLUMNS = "key, key2, hits, bytes, status_2xx, status_3xx, status_4xx, status_5xx,"
            + " slow, latency_sum_micros, latency_count";
    private static final String SOURCE = """
            (WITH clean_months AS (
                SELECT f.month_start FROM folded_months f
                WHERE f.site = %1$s AND f.month_start >= CAST(%3$s AS date)
                  AND CAST(f.month_start + interval '1 month' AS date) <= CAST(%4$s AS date) + 1
                  AND NOT EXISTS (SELECT 1 FROM dirty_months d WHERE d.site = f.site AND d.month_start = f.month_start)
            ), other_days AS (
                SELECT CAST(day AS date) AS local_date
                FROM generate_series(CAST(CAST(%3$s AS date) AS timestamp), CAST(CAST(%4$s AS date) AS timestamp),
                                     interval '1 day') day
                WHERE NOT EXISTS (SELECT 1 FROM clean_months c
                                  WHERE c.month_start = CAST(date_trunc('month', day) AS date))
            )
            SELECT %5$s FROM monthly_counts m JOIN clean_months USING (month_start)
            WHERE m.site = %1$s AND m.dimension = %2$s
            UNION ALL
            SELECT d.* FROM other_days o CROSS JOIN LATERAL (
                SELECT %5$s FROM daily_counts
                WHERE site = %1$s AND dimension = %2$s AND local_date = o.local_date OFFSET 0) d)""";

    private RangeCounts() {
    }

    /**
     * The source, with the columns of daily_counts but site, dimension and period; each argument is the SQL naming
     * its value: a placeholder such as {@code $1}, or for the dimension a constant's literal.
     */
    static String of(String site, String dimension, String from, String to) {
        return SOURCE.formatted(site, dimension, from, to, COLUMNS);
    }
}
