package io.hitstream.stats.store;

import io.hitstream.rollups.Grain;
import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CountedKey;
import io.hitstream.stats.domain.DayKey;
import io.hitstream.stats.domain.HourCounters;
import io.hitstream.stats.domain.HourTotals;
import io.hitstream.stats.domain.KeyCounters;
import io.hitstream.stats.domain.RejectionCount;
import io.hitstream.stats.domain.SiteAggregate;
import io.hitstream.stats.domain.SiteMonth;
import io.hitstream.stats.store.MultiRowUpsert.Column;
import io.hitstream.stats.store.MultiRowUpsert.ColumnType;
import io.hitstream.stats.store.MultiRowUpsert.SiteRow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Adds a batch's aggregate to the rollup tables: only additive upserts, so concurrent writers stay exact. Each table's
 * rows of all the batch's sites are one statement, tables in a fixed order, rows in site then key order: every commit
 * locks rows in that same order, so that commits on any replica cannot deadlock.
 */
@ApplicationScoped
public class RollupWriter {
    /** Keeps the widest sketch merge (6 parameters a row) well under PostgreSQL's 65535 bind parameters. */
    static final int MAX_CHUNK_ROWS = 4000;

    private static final String INSERT_SITE =
            "INSERT INTO site (site, time_zone) VALUES (?1, ?2) ON CONFLICT (site) DO NOTHING";
    // Only a changed zone is written, so that the commits of one site do not all queue on its row's lock.
    private static final String UPDATE_SITE_ZONE =
            "UPDATE site SET time_zone = ?2 WHERE site = ?1 AND time_zone <> ?2";

    private static final MultiRowUpsert<HourTotals> HOURLY = new MultiRowUpsert<>("hourly_totals",
            columns(List.of(new Column("hour_start", ColumnType.TIMESTAMPTZ), new Column("local_date", ColumnType.DATE)),
                    List.of("hits", "bytes", "status_2xx", "status_3xx", "status_4xx", "status_5xx", "status_other",
                            "pages", "crawler_hits")),
            "site, hour_start",
            added("hits", "bytes", "status_2xx", "status_3xx", "status_4xx", "status_5xx", "status_other", "pages",
                    "crawler_hits"),
            RollupWriter::hourValues);
    private static final List<String> KEY_COUNTERS = List.of("hits", "bytes", "status_2xx", "status_3xx",
            "status_4xx", "status_5xx", "slow", "latency_sum_micros", "latency_count");
    /** One upsert per grain's table, whatever the dimension. */
    private static final Map<Grain, MultiRowUpsert<CountedKey>> COUNTS = Map.of(
            Grain.DAY, countsUpsert("daily_counts", List.of(new Column("local_date", ColumnType.DATE)),
                    key -> List.of(key.localDate())),
            Grain.HOUR, countsUpsert("hourly_counts",
                    List.of(new Column("hour_start", ColumnType.TIMESTAMPTZ), new Column("local_date", ColumnType.DATE)),
                    key -> List.of(key.periodStart(), key.localDate())),
            Grain.MINUTE, countsUpsert("minute_counts", List.of(new Column("minute_start", ColumnType.TIMESTAMPTZ)),
                    key -> List.of(key.periodStart())));
    /** The new rows of daily_counts: the keys the daily key bound counted for the first time on their day. */
    private static final MultiRowUpsert<CountedKey> NEW_DAILY_COUNTS = COUNTS.get(Grain.DAY).insertOnly();
    private static final MultiRowUpsert<RejectionCount> REJECTIONS = reasonsUpsert("rejections");
    private static final MultiRowUpsert<RejectionCount> LINE_REPAIRS = reasonsUpsert("line_repairs");
    private static final RecentSamples REJECTION_SAMPLES = new RecentSamples("rejection_samples");
    private static final RecentSamples REPAIR_SAMPLES = new RecentSamples("repair_samples");

    private final int chunkRows;
    private final DirtyMonths dirtyMonths;
    private final SiteDataVersions versions;

    RollupWriter(StatsConfig config, DirtyMonths dirtyMonths, SiteDataVersions versions) {
        if (config.upsertChunkRows() < 1 || config.upsertChunkRows() > MAX_CHUNK_ROWS) {
            throw new IllegalArgumentException("hitstream.stats.upsert-chunk-rows must be between 1 and "
                    + MAX_CHUNK_ROWS + ", got " + config.upsertChunkRows());
        }
        this.chunkRows = config.upsertChunkRows();
        this.dirtyMonths = dirtyMonths;
        this.versions = versions;
    }

    /**
     * Adds what the sites' aggregates add, given in site order (see {@link BatchAggregate#bySite()}): the sites and
     * their zones, then table after table, each reason's samples after the reasons' counters, and merges the
     * sketches; the months of their daily rows are marked dirty right after those (see {@link DirtyMonths}); last,
     * the sites' data versions move (see {@link SiteDataVersions}); answers the rows written per table, summed over
     * the sites.
     *
     * @param newDayKeys per site, the day keys no row holds yet and no other commit can write until this one ends
     *     (see {@link DailyKeyBudgets#bound}): inserted rather than upserted
     */
    public Uni<Map<String, Integer>> apply(Mutiny.Session session, List<SiteAggregate> sites,
            Map<String, Set<DayKey>> newDayKeys) {
        Map<String, Integer> rowsByTable = new LinkedHashMap<>();
        return eachSite(sites, site -> upsertSite(session, site.site(), site.timeZone().getId()))
                .chain(() -> upsert(session, HOURLY, rowsOf(sites, SiteAggregate::hourly), rowsByTable))
                .chain(() -> upsertCounts(session, sites, newDayKeys, rowsByTable))
                .chain(() -> dirtyMonths.mark(session, dailyMonths(sites)))
                .chain(() -> eachSite(sites, site -> SketchUnion.merge(session, site.site(), site.sketches(), chunkRows)
                        .invoke(count -> rowsByTable.merge(SketchUnion.TABLE, count, Integer::sum))))
                .chain(() -> upsert(session, REJECTIONS, rowsOf(sites, SiteAggregate::rejections), rowsByTable))
                .chain(() -> eachSite(sites, site -> addSamples(session, site.site(), REJECTION_SAMPLES,
                        site.rejections(), rowsByTable)))
                .chain(() -> upsert(session, LINE_REPAIRS, rowsOf(sites, SiteAggregate::repairs), rowsByTable))
                .chain(() -> eachSite(sites, site -> addSamples(session, site.site(), REPAIR_SAMPLES, site.repairs(),
                        rowsByTable)))
                .chain(() -> versions.move(session, sites.stream().map(SiteAggregate::site).toList()))
                .replaceWith(rowsByTable);
    }

    /** Runs a step for each site, one after the other in site order. */
    private static Uni<Void> eachSite(List<SiteAggregate> sites, Function<SiteAggregate, Uni<Integer>> step) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (SiteAggregate site : sites) {
            done = done.chain(() -> step.apply(site)).replaceWithVoid();
        }
        return done;
    }

    private Uni<Integer> upsertSite(Mutiny.Session session, String site, String timeZone) {
        return session.createNativeQuery(INSERT_SITE).setParameter(1, site).setParameter(2, timeZone).executeUpdate()
                .chain(() -> session.createNativeQuery(UPDATE_SITE_ZONE)
                        .setParameter(1, site).setParameter(2, timeZone).executeUpdate());
    }

    private static <R> Uni<Integer> upsert(Mutiny.Session session, MultiRowUpsert<R> upsert, List<SiteRow<R>> rows,
            Map<String, Integer> rowsByTable) {
        return upsert.execute(session, rows).invoke(count -> rowsByTable.merge(upsert.table(), count, Integer::sum));
    }

    /**
     * The counted keys of all sites, one upsert per grain's table in grain order, the new day keys inserted by a
     * statement of their own before the day keys that exist.
     */
    private static Uni<Integer> upsertCounts(Mutiny.Session session, List<SiteAggregate> sites,
            Map<String, Set<DayKey>> newDayKeys, Map<String, Integer> rowsByTable) {
        Map<Grain, List<SiteRow<CountedKey>>> byGrain = new EnumMap<>(Grain.class);
        List<SiteRow<CountedKey>> newDaily = new ArrayList<>();
        for (SiteRow<CountedKey> key : rowsOf(sites, SiteAggregate::countedKeys)) {
            if (key.row().grain() == Grain.DAY
                    && newDayKeys.getOrDefault(key.site(), Set.of()).contains(DayKey.of(key.row()))) {
                newDaily.add(key);
            } else {
                byGrain.computeIfAbsent(key.row().grain(), grain -> new ArrayList<>()).add(key);
            }
        }
        Uni<Integer> written = upsert(session, NEW_DAILY_COUNTS, newDaily, rowsByTable);
        for (Map.Entry<Grain, List<SiteRow<CountedKey>>> grain : byGrain.entrySet()) {
            written = written.chain(sum -> upsert(session, COUNTS.get(grain.getKey()), grain.getValue(), rowsByTable)
                    .map(count -> sum + count));
        }
        return written;
    }

    /** The site-local months the aggregate's day-grain keys fall in. */
    private static List<SiteMonth> dailyMonths(List<SiteAggregate> sites) {
        return rowsOf(sites, SiteAggregate::countedKeys).stream()
                .filter(key -> key.row().grain() == Grain.DAY)
                .map(key -> SiteMonth.of(key.site(), key.row().localDate()))
                .toList();
    }

    /** The rows of every site, in site order and each site's rows in their order. */
    private static <R> List<SiteRow<R>> rowsOf(List<SiteAggregate> sites, Function<SiteAggregate, List<R>> rows) {
        List<SiteRow<R>> all = new ArrayList<>();
        for (SiteAggregate site : sites) {
            rows.apply(site).forEach(row -> all.add(new SiteRow<>(site.site(), row)));
        }
        return all;
    }

    /**
     * The upsert of a grain's table of counted keys.
     *
     * @param periodColumns the columns naming the period, the first of them in the primary key
     * @param periodValues their values of a key
     */
    private static MultiRowUpsert<CountedKey> countsUpsert(String table, List<Column> periodColumns,
            Function<CountedKey, List<Object>> periodValues) {
        List<Column> keyColumns = new ArrayList<>(List.of(new Column("dimension", ColumnType.TEXT)));
        keyColumns.addAll(periodColumns);
        keyColumns.addAll(List.of(new Column("key", ColumnType.TEXT), new Column("key2", ColumnType.TEXT)));
        String conflict = "site, dimension, " + periodColumns.get(0).name() + ", key, key2";
        return new MultiRowUpsert<>(table, columns(keyColumns, KEY_COUNTERS), conflict,
                added(KEY_COUNTERS.toArray(String[]::new)), key -> countValues(key, periodValues.apply(key)));
    }

    /** The counter of a reason: adds its lines and keeps the newest sample. */
    private static MultiRowUpsert<RejectionCount> reasonsUpsert(String table) {
        return new MultiRowUpsert<>(table, List.of(new Column("reason", ColumnType.TEXT),
                new Column("lines", ColumnType.BIGINT), new Column("sample", ColumnType.TEXT)), "site, reason",
                "lines = t.lines + EXCLUDED.lines, sample = EXCLUDED.sample, last_seen = now()",
                reason -> List.of(reason.reason(), reason.lines(), reason.sample()));
    }

    /** The key columns followed by a bigint column per counter. */
    private static List<Column> columns(List<Column> keyColumns, List<String> counters) {
        List<Column> columns = new ArrayList<>(keyColumns);
        counters.forEach(counter -> columns.add(new Column(counter, ColumnType.BIGINT)));
        return columns;
    }

    /** The SET list adding each column's new value to the stored one. */
    private static String added(String... columns) {
        return String.join(", ", Arrays.stream(columns)
                .map(column -> column + " = t." + column + " + EXCLUDED." + column).toList());
    }

    /** Filled in one array of the row's size: built by appending lists, each of a commit's rows grew its list twice. */
    private static List<Object> countValues(CountedKey key, List<Object> periodValues) {
        KeyCounters counters = key.counters();
        Object[] values = new Object[periodValues.size() + 3 + KEY_COUNTERS.size()];
        int column = 0;
        values[column++] = key.dimension().name();
        for (Object periodValue : periodValues) {
            values[column++] = periodValue;
        }
        values[column++] = key.key();
        values[column++] = key.key2();
        for (long counter : new long[] {counters.hits(), counters.bytes(), counters.status2xx(),
                counters.status3xx(), counters.status4xx(), counters.status5xx(), counters.slow(),
                counters.latencySumMicros(), counters.latencyCount()}) {
            values[column++] = counter;
        }
        return Arrays.asList(values);
    }

    private static List<Object> hourValues(HourTotals hour) {
        HourCounters counters = hour.counters();
        return List.of(hour.hourStart(), hour.localDate(), counters.hits(), counters.bytes(),
                counters.status2xx(), counters.status3xx(), counters.status4xx(), counters.status5xx(),
                counters.statusOther(), counters.pages(), counters.crawlerHits());
    }

    private static Uni<Integer> addSamples(Mutiny.Session session, String site, RecentSamples samples,
            List<RejectionCount> counts, Map<String, Integer> rowsByTable) {
        return samples.add(session, site, counts).invoke(count -> rowsByTable.merge(samples.table(), count, Integer::sum));
    }
}
