package io.hitstream.stats.store;

import io.hitstream.rollups.Dimension;
import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.CountedKey;
import io.hitstream.stats.domain.DailyKeyBound;
import io.hitstream.stats.domain.DayKey;
import io.hitstream.stats.domain.DimensionDay;
import io.hitstream.stats.domain.SiteAggregate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The per-day bound on distinct keys ({@link DailyKeyBound}) held in {@code daily_key_budgets}, in the commit's
 * transaction: locks the rows of the batch's days, reads which of its keys those days counted before, bounds the
 * batch and stores the days' new key counts. A commit of the same days on any replica waits on those locks until
 * this one ends, then reads its keys and counts: two commits never both take a day's last key.
 */
@ApplicationScoped
public class DailyKeyBudgets {
    // A no-op update locks an existing row as an insert locks a new one, in the VALUES order, and answers its count.
    private static final String LOCK_BEFORE = "INSERT INTO daily_key_budgets AS b (site, dimension, local_date) VALUES ";
    private static final String LOCK_AFTER = " ON CONFLICT (site, dimension, local_date) DO UPDATE SET keys = b.keys"
            + " RETURNING dimension, CAST(local_date AS text), keys";
    // The keys as arrays, each looked up by the primary key: a list of row values (IN) made PostgreSQL test every key
    // against every row of the site's days, about a second of its CPU per commit of a thousand keys. The lookup is a
    // LATERAL subquery behind OFFSET 0, which the planner cannot turn into a join: a connection keeps the generic plan
    // it made while daily_counts was small, and a join planned then hashed every row of the site, a scan per commit
    // that grew with the site's history (0.2 s at 200,000 rows).
    static final String COUNTED_BEFORE = "SELECT v.dimension, CAST(c.local_date AS text), v.key, v.key2"
            + " FROM unnest(CAST(?2 AS text[]), CAST(?3 AS bigint[]), CAST(?4 AS text[]), CAST(?5 AS text[]))"
            + " AS v (dimension, epoch_day, key, key2) CROSS JOIN LATERAL (SELECT c.local_date FROM daily_counts c"
            + " WHERE c.site = ?1 AND c.dimension = v.dimension"
            + " AND c.local_date = DATE '1970-01-01' + CAST(v.epoch_day AS integer)"
            + " AND c.key = v.key AND c.key2 = v.key2 OFFSET 0) AS c";
    // The days' rows, locked above, written by an upsert, which finds each by the primary key whatever plan is kept.
    private static final String STORE_BEFORE = "INSERT INTO daily_key_budgets AS b (site, dimension, local_date, keys)"
            + " VALUES ";
    private static final String STORE_AFTER = " ON CONFLICT (site, dimension, local_date) DO UPDATE SET keys = EXCLUDED.keys";

    private final DailyKeyBound bound;
    private final int chunkRows;

    @Inject
    DailyKeyBudgets(StatsConfig config) {
        this(config.maxKeysPerDay(), config.upsertChunkRows());
    }

    DailyKeyBudgets(int maxKeysPerDay, int chunkRows) {
        this.bound = new DailyKeyBound(maxKeysPerDay);
        this.chunkRows = chunkRows;
    }

    /**
     * Each batch's sites with their keys past their day's bound counted under (other) and as overflow, the batches
     * bounded one after the other in the order given ({@link DailyKeyBound#inTurn}), and each site's day keys that
     * are new; the sites' budgets are locked in site order, as the writer locks their rows. Until the transaction
     * ends, the locks keep any other commit from counting, and so from writing, a key on those days.
     *
     * @param batches each batch's sites, in site order
     */
    public Uni<BoundBatches> bound(Mutiny.Session session, List<List<SiteAggregate>> batches) {
        SortedSet<String> sites = new TreeSet<>();
        batches.forEach(batch -> batch.forEach(site -> sites.add(site.site())));
        List<Map<String, List<CountedKey>>> boundedKeys = new ArrayList<>();
        batches.forEach(batch -> boundedKeys.add(new HashMap<>()));
        Map<String, Set<DayKey>> newKeys = new HashMap<>();
        Uni<Void> done = Uni.createFrom().voidItem();
        for (String site : sites) {
            List<List<CountedKey>> keys = batches.stream().map(batch -> keysOf(batch, site)).toList();
            done = done.chain(() -> bound(session, site, keys).invoke(bounded -> {
                for (int i = 0; i < bounded.batches().size(); i++) {
                    boundedKeys.get(i).put(site, bounded.batches().get(i));
                }
                newKeys.put(site, bounded.newKeys());
            }).replaceWithVoid());
        }
        return done.map(ignored -> {
            List<List<SiteAggregate>> bounded = new ArrayList<>();
            for (int i = 0; i < batches.size(); i++) {
                Map<String, List<CountedKey>> keys = boundedKeys.get(i);
                bounded.add(batches.get(i).stream().map(site -> site.withCountedKeys(keys.get(site.site()))).toList());
            }
            return new BoundBatches(bounded, newKeys);
        });
    }

    /** The batches' sites after the bound, and each site's day keys that no row holds yet: the rows they create. */
    public record BoundBatches(List<List<SiteAggregate>> batches, Map<String, Set<DayKey>> newKeys) {
    }

    private static List<CountedKey> keysOf(List<SiteAggregate> batch, String site) {
        return batch.stream().filter(part -> part.site().equals(site)).findFirst()
                .map(SiteAggregate::countedKeys).orElse(List.of());
    }

    /** Each batch's keys of the site, bounded in turn. */
    private Uni<DailyKeyBound.InTurn> bound(Mutiny.Session session, String site, List<List<CountedKey>> batches) {
        List<CountedKey> all = batches.stream().flatMap(List::stream).toList();
        List<DimensionDay> days = DailyKeyBound.days(all);
        if (days.isEmpty()) {
            return Uni.createFrom().item(new DailyKeyBound.InTurn(batches, Map.of(), Set.of()));
        }
        List<CountedKey> bounded = all.stream().filter(DailyKeyBound::counts).toList();
        Map<DimensionDay, Integer> keysBefore = new HashMap<>();
        Set<DayKey> countedBefore = new HashSet<>();
        return inChunks(days, (from, to) -> lock(session, site, days.subList(from, to), keysBefore))
                .chain(() -> countedBefore(session, site, bounded, countedBefore))
                .chain(() -> {
                    DailyKeyBound.InTurn result = bound.inTurn(batches, keysBefore, countedBefore);
                    return store(session, site, result.keysAfter()).replaceWith(result);
                });
    }

    private Uni<Void> lock(Mutiny.Session session, String site, List<DimensionDay> days,
            Map<DimensionDay, Integer> keysBefore) {
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(
                rows(days.size(), 2, LOCK_BEFORE, LOCK_AFTER, "(?1, ?%d, CAST(?%d AS date))"), Object[].class);
        query.setParameter(1, site);
        int position = 2;
        for (DimensionDay day : days) {
            query.setParameter(position++, day.dimension().name());
            query.setParameter(position++, day.localDate());
        }
        return query.getResultList().invoke(rows -> rows.forEach(row -> keysBefore.put(
                new DimensionDay(Dimension.valueOf((String) row[0]), LocalDate.parse((String) row[1])),
                ((Number) row[2]).intValue()))).replaceWithVoid();
    }

    /** Adds to counted those of the keys that their day counted before, in one statement whatever their number. */
    private Uni<Void> countedBefore(Mutiny.Session session, String site, List<CountedKey> keys, Set<DayKey> counted) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(COUNTED_BEFORE, Object[].class)
                .setParameter(1, site)
                .setParameter(2, keys.stream().map(key -> key.dimension().name()).toArray(String[]::new))
                .setParameter(3, keys.stream().map(key -> key.localDate().toEpochDay()).toArray(Long[]::new))
                .setParameter(4, keys.stream().map(CountedKey::key).toArray(String[]::new))
                .setParameter(5, keys.stream().map(CountedKey::key2).toArray(String[]::new));
        return query.getResultList().invoke(rows -> rows.forEach(row -> counted.add(new DayKey(
                Dimension.valueOf((String) row[0]), LocalDate.parse((String) row[1]), (String) row[2],
                (String) row[3])))).replaceWithVoid();
    }

    private Uni<Void> store(Mutiny.Session session, String site, Map<DimensionDay, Integer> keysAfter) {
        List<DimensionDay> days = keysAfter.keySet().stream().sorted(DimensionDay.ORDER).toList();
        return inChunks(days, (from, to) -> {
            Mutiny.Query<Object> query = session.createNativeQuery(rows(to - from, 3, STORE_BEFORE, STORE_AFTER,
                    "(?1, ?%d, CAST(?%d AS date), CAST(?%d AS integer))"));
            query.setParameter(1, site);
            int position = 2;
            for (DimensionDay day : days.subList(from, to)) {
                query.setParameter(position++, day.dimension().name());
                query.setParameter(position++, day.localDate());
                query.setParameter(position++, keysAfter.get(day));
            }
            return query.executeUpdate().replaceWithVoid();
        });
    }

    /** Runs a statement per chunk of chunkRows items, one after the other, in the items' order. */
    private Uni<Void> inChunks(List<?> items, BiFunction<Integer, Integer, Uni<Void>> chunk) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (int from = 0; from < items.size(); from += chunkRows) {
            int start = from;
            int end = Math.min(items.size(), from + chunkRows);
            done = done.chain(() -> chunk.apply(start, end));
        }
        return done;
    }

    /** The SQL of a statement over rows of values after the site (?1), each row a format of its positions. */
    private static String rows(int count, int valuesPerRow, String before, String after, String rowFormat) {
        return IntStream.range(0, count)
                .mapToObj(row -> rowFormat.formatted(IntStream.range(0, valuesPerRow)
                        .mapToObj(value -> 2 + row * valuesPerRow + value).toArray()))
                .collect(Collectors.joining(", ", before, after));
    }
}
