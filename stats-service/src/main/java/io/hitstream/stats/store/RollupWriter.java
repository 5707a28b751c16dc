package io.hitstream.stats.store;

import io.hitstream.rollups.Grain;
import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CountedKey;
import io.hitstream.stats.domain.HourCounters;
import io.hitstream.stats.domain.HourTotals;
import io.hitstream.stats.domain.KeyCounters;
import io.hitstream.stats.domain.RejectionCount;
import io.hitstream.stats.domain.SiteAggregate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/** Adds a batch's aggregate to the rollup tables: only additive upserts, so concurrent writers stay exact. */
@ApplicationScoped
public class RollupWriter {
    /** Keeps the widest statement (hourly counts: 14 parameters a row) under PostgreSQL's 65535 bind parameters. */
    static final int MAX_CHUNK_ROWS = 4000;

    private static final String INSERT_SITE =
            "INSERT INTO site (site, time_zone) VALUES (?1, ?2) ON CONFLICT (site) DO NOTHING";
    // Only a changed zone is written, so that the commits of one site do not all queue on its row's lock.
    private static final String UPDATE_SITE_ZONE =
            "UPDATE site SET time_zone = ?2 WHERE site = ?1 AND time_zone <> ?2";

    private static final MultiRowUpsert<HourTotals> HOURLY = new MultiRowUpsert<>("hourly_totals",
            List.of("hour_start", "local_date", "hits", "bytes",
                    "status_2xx", "status_3xx", "status_4xx", "status_5xx", "status_other", "pages", "crawler_hits"),
            "site, hour_start",
            added("hits", "bytes", "status_2xx", "status_3xx", "status_4xx", "status_5xx", "status_other", "pages",
                    "crawler_hits"),
            RollupWriter::hourValues);
    private static final List<String> KEY_COUNTERS = List.of("hits", "bytes", "status_2xx", "status_3xx",
            "status_4xx", "status_5xx", "slow", "latency_sum_micros", "latency_count");
    /** One upsert per grain's table, whatever the dimension. */
    private static final Map<Grain, MultiRowUpsert<CountedKey>> COUNTS = Map.of(
            Grain.DAY, countsUpsert("daily_counts", List.of("local_date"), key -> List.of(key.localDate())),
            Grain.HOUR, countsUpsert("hourly_counts", List.of("hour_start", "local_date"),
                    key -> List.of(key.periodStart().atOffset(ZoneOffset.UTC), key.localDate())),
            Grain.MINUTE, countsUpsert("minute_counts", List.of("minute_start"),
                    key -> List.of(key.periodStart().atOffset(ZoneOffset.UTC))));
    private static final MultiRowUpsert<RejectionCount> REJECTIONS = new MultiRowUpsert<>("rejections",
            List.of("reason", "lines", "sample"), "site, reason",
            "lines = t.lines + EXCLUDED.lines, sample = EXCLUDED.sample, last_seen = now()",
            rejection -> List.of(rejection.reason(), rejection.lines(), rejection.sample()));
    private static final MultiRowUpsert<RejectionCount> LINE_REPAIRS = new MultiRowUpsert<>("line_repairs",
            List.of("reason", "lines", "sample"), "site, reason",
            "lines = t.lines + EXCLUDED.lines, sample = EXCLUDED.sample, last_seen = now()",
            repair -> List.of(repair.reason(), repair.lines(), repair.sample()));
    private static final RecentSamples REJECTION_SAMPLES = new RecentSamples("rejection_samples");
    private static final RecentSamples REPAIR_SAMPLES = new RecentSamples("repair_samples");

    private final int chunkRows;

    RollupWriter(StatsConfig config) {
        if (config.upsertChunkRows() < 1 || config.upsertChunkRows() > MAX_CHUNK_ROWS) {
            throw new IllegalArgumentException("hitstream.stats.upsert-chunk-rows must be between 1 and "
                    + MAX_CHUNK_ROWS + ", got " + config.upsertChunkRows());
        }
        this.chunkRows = config.upsertChunkRows();
    }

    /**
     * Adds what the aggregate adds to each of its sites, site after site in site order (see
     * {@link BatchAggregate#bySite()}); answers the rows written per table, summed over the sites.
     */
    public Uni<Map<String, Integer>> apply(Mutiny.Session session, BatchAggregate aggregate) {
        Map<String, Integer> rowsByTable = new LinkedHashMap<>();
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (SiteAggregate site : aggregate.bySite()) {
            applied = applied.chain(() -> applySite(session, site, rowsByTable));
        }
        return applied.replaceWith(rowsByTable);
    }

    /**
     * Records the site and its zone, then adds its rows, table by table in a fixed order and each table's rows in
     * key order, each reason's samples right after its counter, and merges its sketches.
     */
    private Uni<Void> applySite(Mutiny.Session session, SiteAggregate aggregate, Map<String, Integer> rowsByTable) {
        String site = aggregate.site();
        return upsertSite(session, site, aggregate.timeZone().getId())
                .chain(() -> upsert(session, site, HOURLY, aggregate.hourly(), rowsByTable))
                .chain(() -> upsertCounts(session, site, aggregate.countedKeys(), rowsByTable))
                .chain(() -> SketchUnion.merge(session, site, aggregate.sketches(), chunkRows)
                        .invoke(count -> rowsByTable.merge(SketchUnion.TABLE, count, Integer::sum)))
                .chain(() -> upsert(session, site, REJECTIONS, aggregate.rejections(), rowsByTable))
                .chain(() -> addSamples(session, site, REJECTION_SAMPLES, aggregate.rejections(), rowsByTable))
                .chain(() -> upsert(session, site, LINE_REPAIRS, aggregate.repairs(), rowsByTable))
                .chain(() -> addSamples(session, site, REPAIR_SAMPLES, aggregate.repairs(), rowsByTable))
                .replaceWithVoid();
    }

    private Uni<Integer> upsertSite(Mutiny.Session session, String site, String timeZone) {
        return session.createNativeQuery(INSERT_SITE).setParameter(1, site).setParameter(2, timeZone).executeUpdate()
                .chain(() -> session.createNativeQuery(UPDATE_SITE_ZONE)
                        .setParameter(1, site).setParameter(2, timeZone).executeUpdate());
    }

    private <R> Uni<Integer> upsert(Mutiny.Session session, String site, MultiRowUpsert<R> upsert, List<R> rows,
            Map<String, Integer> rowsByTable) {
        return upsert.execute(session, site, rows, chunkRows)
                .invoke(count -> rowsByTable.merge(upsert.table(), count, Integer::sum));
    }

    /** The counted keys, sorted by grain first, one upsert per grain's table in grain order. */
    private Uni<Integer> upsertCounts(Mutiny.Session session, String site, List<CountedKey> countedKeys,
            Map<String, Integer> rowsByTable) {
        Map<Grain, List<CountedKey>> byGrain = new EnumMap<>(Grain.class);
        countedKeys.forEach(key -> byGrain.computeIfAbsent(key.grain(), grain -> new ArrayList<>()).add(key));
        Uni<Integer> written = Uni.createFrom().item(0);
        for (Map.Entry<Grain, List<CountedKey>> grain : byGrain.entrySet()) {
            written = written.chain(sum -> upsert(session, site, COUNTS.get(grain.getKey()), grain.getValue(),
                    rowsByTable).map(count -> sum + count));
        }
        return written;
    }

    /**
     * The upsert of a grain's table of counted keys.
     *
     * @param periodColumns the columns naming the period, the first of them in the primary key
     * @param periodValues their values of a key
     */
    private static MultiRowUpsert<CountedKey> countsUpsert(String table, List<String> periodColumns,
            Function<CountedKey, List<Object>> periodValues) {
        List<String> columns = new ArrayList<>(List.of("dimension"));
        columns.addAll(periodColumns);
        columns.addAll(List.of("key", "key2"));
        columns.addAll(KEY_COUNTERS);
        String conflict = "site, dimension, " + periodColumns.get(0) + ", key, key2";
        return new MultiRowUpsert<>(table, columns, conflict, added(KEY_COUNTERS.toArray(String[]::new)),
                key -> countValues(key, periodValues.apply(key)));
    }

    /** The SET list adding each column's new value to the stored one. */
    private static String added(String... columns) {
        return String.join(", ", Arrays.stream(columns)
                .map(column -> column + " = t." + column + " + EXCLUDED." + column).toList());
    }

    private static List<Object> countValues(CountedKey key, List<Object> periodValues) {
        List<Object> values = new ArrayList<>(List.of(key.dimension().name()));
        values.addAll(periodValues);
        values.add(key.key());
        values.add(key.key2());
        KeyCounters counters = key.counters();
        values.addAll(List.of(counters.hits(), counters.bytes(), counters.status2xx(), counters.status3xx(),
                counters.status4xx(), counters.status5xx(), counters.slow(), counters.latencySumMicros(),
                counters.latencyCount()));
        return values;
    }

    private static Uni<Integer> addSamples(Mutiny.Session session, String site, RecentSamples samples,
            List<RejectionCount> counts, Map<String, Integer> rowsByTable) {
        return samples.add(session, site, counts).invoke(count -> rowsByTable.merge(samples.table(), count, Integer::sum));
    }

    private static List<Object> hourValues(HourTotals hour) {
        HourCounters counters = hour.counters();
        return List.of(hour.hourStart().atOffset(ZoneOffset.UTC), hour.localDate(), counters.hits(), counters.bytes(),
                counters.status2xx(), counters.status3xx(), counters.status4xx(), counters.status5xx(),
                counters.statusOther(), counters.pages(), counters.crawlerHits());
    }
}
