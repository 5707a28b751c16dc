package io.hitstream.report.store;

import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.DayRollup;
import io.hitstream.report.domain.DomainHits;
import io.hitstream.report.domain.HourTotals;
import io.hitstream.report.domain.KeyPage;
import io.hitstream.report.domain.KeyRow;
import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.SiteDay;
import io.hitstream.report.domain.KeyCount;
import io.hitstream.report.domain.LineRepair;
import io.hitstream.report.domain.Rejection;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.domain.StatusClasses;
import io.hitstream.report.domain.UrlHits;
import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.rollups.RollupLimits;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.VisitorSketch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read-only queries on the rollups stats-service writes.
 *
 * <p>Text is ordered with {@code COLLATE "C"} (code point order) so that ties and the sites list sort the same
 * whatever the database's locale, and the same as Java's {@code String.compareTo}.
 */
@ApplicationScoped
public class RollupReader {
    private static final String SITES = """
            SELECT s.site, s.time_zone, coalesce(sum(h.hits), 0)::bigint AS hits,
                   coalesce(sum(h.bytes), 0)::bigint AS bytes, min(h.local_date) AS first_day,
                   max(h.local_date) AS last_day
            FROM site s LEFT JOIN hourly_totals h ON h.site = s.site
            GROUP BY s.site, s.time_zone
            ORDER BY s.site COLLATE "C"
            """;
    private static final String SPAN = """
            SELECT s.site, s.time_zone,
                   coalesce(d.first_day, (s.first_seen AT TIME ZONE s.time_zone)::date) AS first_day,
                   coalesce(d.last_day, (s.first_seen AT TIME ZONE s.time_zone)::date) AS last_day,
                   coalesce(v.version, 0) AS data_version
            FROM site s
                 CROSS JOIN LATERAL (SELECT min(local_date) AS first_day, max(local_date) AS last_day
                                     FROM hourly_totals WHERE site = s.site) d
                 LEFT JOIN site_data_versions v ON v.site = s.site
            WHERE s.site = $1
            """;
    private static final String DAYS = """
            SELECT local_date, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes,
                   sum(status_2xx)::bigint AS s2xx, sum(status_3xx)::bigint AS s3xx,
                   sum(status_4xx)::bigint AS s4xx, sum(status_5xx)::bigint AS s5xx,
                   sum(status_other)::bigint AS other
            FROM hourly_totals
            WHERE site = $1 AND local_date BETWEEN $2 AND $3
            GROUP BY local_date
            ORDER BY local_date
            """;
    private static final String TOP_KEYS = """
            SELECT key, key2, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes
            FROM %s c
            GROUP BY key, key2
            ORDER BY hits DESC, key COLLATE "C", key2 COLLATE "C"
            LIMIT $5
            """.formatted(RangeCounts.of("$1", "$2", "$3", "$4"));
    private static final String HOURS = """
            SELECT hour_start, local_date, hits, pages, bytes, crawler_hits, status_5xx
            FROM hourly_totals
            WHERE site = $1 AND local_date BETWEEN $2 AND $3
            ORDER BY hour_start
            """;
    private static final String SITE_DAYS = """
            SELECT local_date, sum(hits)::bigint AS hits, sum(pages)::bigint AS pages,
                   sum(bytes)::bigint AS bytes, sum(status_5xx)::bigint AS s5xx
            FROM hourly_totals
            WHERE site = $1 AND local_date BETWEEN $2 AND $3
            GROUP BY local_date
            ORDER BY local_date
            """;
    private static final String HOUR_LATENCIES = """
            SELECT key, data FROM sketches
            WHERE site = $1 AND kind = 'LATENCY' AND grain = 'HOUR' AND local_date BETWEEN $2 AND $3
            """;
    private static final String DAY_VISITORS = """
            SELECT data FROM sketches
            WHERE site = $1 AND kind = 'VISITORS' AND grain = 'DAY' AND local_date BETWEEN $2 AND $3
            """;
    /**
     * Lines per reason over a range, from the counted keys of a reason dimension, with the reason's newest kept samples
     * (of whatever day) and its counter's latest sample for rows counted before samples were kept.
     */
    private static final String REASONS = """
            SELECT c.key AS reason, sum(c.hits)::bigint AS lines,
                   coalesce((SELECT r.sample FROM %2$s r WHERE r.site = $1 AND r.reason = c.key), '') AS sample,
                   ARRAY(SELECT s.sample FROM %3$s s WHERE s.site = $1 AND s.reason = c.key
                         ORDER BY s.id DESC LIMIT $4) AS samples
            FROM %1$s c
            GROUP BY c.key ORDER BY c.key COLLATE "C"
            """;
    private static final String REJECTIONS = REASONS.formatted(reasons(Dimension.REJECTION_REASON), "rejections",
            "rejection_samples");
    private static final String REPAIRS = REASONS.formatted(reasons(Dimension.REPAIR_REASON), "line_repairs",
            "repair_samples");

    private final Pool pool;

    public RollupReader(Pool pool) {
        this.pool = pool;
    }

    /** Every known site with its all-time totals, by site name. */
    public Uni<List<SiteTotals>> sites() {
        return list(SITES, Tuple.tuple(), row -> new SiteTotals(row.getString("site"), row.getString("time_zone"),
                row.getLong("hits"), row.getLong("bytes"), row.getLocalDate("first_day"), row.getLocalDate("last_day")));
    }

    /** The site, the days its data spans and its data's version, empty for a site never seen. */
    public Uni<Optional<SiteSpan>> span(String site) {
        return list(SPAN, Tuple.of(site), row -> new SiteSpan(row.getString("site"), row.getString("time_zone"),
                row.getLocalDate("first_day"), row.getLocalDate("last_day"), row.getLong("data_version")))
                .map(spans -> spans.stream().findFirst());
    }

    /** The site's totals per day of the range, for the days that have any. */
    public Uni<List<DayRollup>> days(String site, DateRange range) {
        return list(DAYS, Tuple.of(site, range.from(), range.to()), row -> new DayRollup(row.getLocalDate("local_date"),
                row.getLong("hits"), row.getLong("bytes"), new StatusClasses(row.getLong("s2xx"), row.getLong("s3xx"),
                        row.getLong("s4xx"), row.getLong("s5xx"), row.getLong("other"))));
    }

    /** The keys of a day-grain dimension with most hits over the range, ties in key order. */
    public Uni<List<KeyCount>> topKeys(String site, Dimension dimension, DateRange range, int limit) {
        return list(TOP_KEYS, Tuple.of(site, dimension.name(), range.from(), range.to(), limit),
                row -> new KeyCount(row.getString("key"), row.getString("key2"), row.getLong("hits"),
                        row.getLong("bytes")));
    }

    /** The URLs with most hits over the range, ties in URL order. */
    public Uni<List<UrlHits>> topUrls(String site, DateRange range, int limit) {
        return topKeys(site, Dimension.URL, range, limit)
                .map(keys -> keys.stream().map(key -> new UrlHits(key.key(), key.hits())).toList());
    }

    /** The client domains with most hits over the range, ties in domain order. */
    public Uni<List<DomainHits>> topClientDomains(String site, DateRange range, int limit) {
        return topKeys(site, Dimension.CLIENT_DOMAIN, range, limit)
                .map(keys -> keys.stream().map(key -> new DomainHits(key.key(), key.hits())).toList());
    }

    /** The site's hours of the range that have data, in time order. */
    public Uni<List<HourTotals>> hours(String site, DateRange range) {
        return list(HOURS, Tuple.of(site, range.from(), range.to()), row -> new HourTotals(
                row.getOffsetDateTime("hour_start").toInstant(), row.getLocalDate("local_date"), row.getLong("hits"),
                row.getLong("pages"), row.getLong("bytes"), row.getLong("crawler_hits"), row.getLong("status_5xx")));
    }

    /**
     * One page of a dimension's keys over the range, sorted by the column's field (null: most hits first), ties in
     * key order; read from the tables of the dimension's grain.
     */
    public Uni<KeyPage> keyPage(String site, Dimension dimension, DateRange range, PanelColumn.Field sort,
            boolean descending, long limit, long offset) {
        String source = dimension.grain() == Grain.HOUR ? KeyPageQuery.HOURLY : KeyPageQuery.DAILY;
        Tuple parameters = Tuple.of(site, dimension.name(), range.from(), range.to(), limit, offset);
        return pool.preparedQuery(KeyPageQuery.page(source, sort, descending)).execute(parameters)
                .flatMap(rows -> {
                    List<KeyRow> keys = new ArrayList<>(rows.size());
                    long[] total = {0};
                    rows.forEach(row -> {
                        keys.add(new KeyRow(row.getString("key"), row.getString("key2"), row.getLong("hits"),
                                row.getLong("bytes"), row.getLong("slow"), row.getLong("latency_sum"),
                                row.getLong("latency_count")));
                        total[0] = row.getLong("total_rows");
                    });
                    if (!keys.isEmpty() || offset == 0) {
                        return Uni.createFrom().item(new KeyPage(keys, total[0]));
                    }
                    return list(KeyPageQuery.count(source), Tuple.of(site, dimension.name(), range.from(), range.to()),
                            row -> row.getLong("total_rows")).map(count -> new KeyPage(keys, count.get(0)));
                });
    }

    /** The latency sketches of the range's hours merged per request group. */
    public Uni<Map<String, LatencySketch>> latencies(String site, DateRange range) {
        return list(HOUR_LATENCIES, Tuple.of(site, range.from(), range.to()),
                row -> Map.entry(row.getString("key"), LatencySketch.fromBytes(row.getBuffer("data").getBytes())))
                .map(hours -> {
                    Map<String, LatencySketch> groups = new TreeMap<>();
                    hours.forEach(hour -> groups.computeIfAbsent(hour.getKey(), key -> LatencySketch.empty())
                            .merge(hour.getValue()));
                    return groups;
                });
    }

    /** The site's totals per day of the range, for the days that have any, in order. */
    public Uni<List<SiteDay>> siteDays(String site, DateRange range) {
        return list(SITE_DAYS, Tuple.of(site, range.from(), range.to()), row -> new SiteDay(
                row.getLocalDate("local_date"), row.getLong("hits"), row.getLong("pages"), row.getLong("bytes"),
                row.getLong("s5xx")));
    }

    /** The estimated distinct visitors over the range: the union of its days' visitor sketches. */
    public Uni<Long> visitors(String site, DateRange range) {
        return list(DAY_VISITORS, Tuple.of(site, range.from(), range.to()),
                row -> VisitorSketch.fromBytes(row.getBuffer("data").getBytes()))
                .map(days -> VisitorSketch.union(days).estimate());
    }

    /** The site's lines rejected over the range, by reason (a line without a time on the day of the log around it). */
    public Uni<List<Rejection>> rejections(String site, DateRange range) {
        return list(REJECTIONS, Tuple.of(site, range.from(), range.to(), RollupLimits.MAX_SAMPLES),
                row -> new Rejection(row.getString("reason"), row.getLong("lines"), row.getString("sample"), samples(row)));
    }

    /** The site's lines repaired over the range, by reason, as {@link #rejections}. */
    public Uni<List<LineRepair>> repairs(String site, DateRange range) {
        return list(REPAIRS, Tuple.of(site, range.from(), range.to(), RollupLimits.MAX_SAMPLES), row -> new LineRepair(row.getString("reason"), row.getLong("lines"), samples(row)));
    }

    /** The range's counted keys of a reason dimension (a constant, so its name can be part of the statement). */
    private static String reasons(Dimension dimension) {
        return RangeCounts.of("$1", "'" + dimension.name() + "'", "$2", "$3");
    }

    /** The kept samples, newest first; rows counted before samples were kept have their counter's latest sample. */
    private static List<String> samples(Row row) {
        String[] samples = row.getArrayOfStrings("samples");
        return samples.length == 0 ? List.of(row.getString("sample")) : List.of(samples);
    }

    private <T> Uni<List<T>> list(String sql, Tuple parameters, Function<Row, T> mapping) {
        return pool.preparedQuery(sql).execute(parameters)
                .map(rows -> {
                    List<T> items = new ArrayList<>(rows.size());
                    rows.forEach(row -> items.add(mapping.apply(row)));
                    return items;
                });
    }
}
