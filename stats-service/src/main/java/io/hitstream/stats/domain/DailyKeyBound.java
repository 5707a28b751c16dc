package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bound on the distinct keys a site's day-grain dimension counts on one local day, across batches: a key the day
 * has counted before always counts; a new one counts while the day has fewer keys than the bound, in key order; past
 * it, its counters go to {@link #OTHER} and again to {@link Dimension#OVERFLOW} under the dimension's name, so
 * nothing is dropped. Hour and minute dimensions are left alone: request groups and patterns are named by
 * configuration, sections are kept 48 hours, and ingest bounds every dimension's keys within a batch.
 */
public final class DailyKeyBound {
    /** The key that counts every key past the bound, as ingest names it. */
    public static final String OTHER = "(other)";

    private final int maxKeysPerDay;

    public DailyKeyBound(int maxKeysPerDay) {
        if (maxKeysPerDay < 1) {
            throw new IllegalArgumentException("at least one key a day is needed, not " + maxKeysPerDay);
        }
        this.maxKeysPerDay = maxKeysPerDay;
    }

    /** Whether the bound counts this key: one of a day-grain dimension, neither an overflow nor {@link #OTHER}. */
    public static boolean counts(CountedKey key) {
        return key.grain() == Grain.DAY && key.dimension() != Dimension.OVERFLOW && !key.key().equals(OTHER);
    }

    /** The days of the keys the bound counts, in the order their budgets are locked. */
    public static List<DimensionDay> days(List<CountedKey> keys) {
        return keys.stream().filter(DailyKeyBound::counts)
                .map(key -> new DimensionDay(key.dimension(), key.localDate()))
                .distinct().sorted(DimensionDay.ORDER).toList();
    }

    /**
     * Bounds a batch's counted keys.
     *
     * @param keys the batch's keys, in {@link CountedKey#ORDER}
     * @param keysBefore the distinct keys each day counted before this batch; a day missing has none
     * @param countedBefore those of the batch's keys that their day counted before
     */
    public Bounded apply(List<CountedKey> keys, Map<DimensionDay, Integer> keysBefore, Set<DayKey> countedBefore) {
        InTurn bounded = inTurn(List.of(keys), keysBefore, countedBefore);
        return new Bounded(bounded.batches().get(0), bounded.keysAfter());
    }

    /**
     * Bounds the counted keys of several batches one after the other, as commits of one batch each would: a key a
     * batch brings is new only if neither the days before nor an earlier batch counted it. So a log's figures do
     * not depend on how its batches happened to be grouped into transactions.
     *
     * @param batches each batch's keys, in {@link CountedKey#ORDER}, batches in the order they apply
     * @param keysBefore the distinct keys each day counted before the first batch; a day missing has none
     * @param countedBefore those of the batches' keys that their day counted before the first batch
     */
    public InTurn inTurn(List<List<CountedKey>> batches, Map<DimensionDay, Integer> keysBefore,
            Set<DayKey> countedBefore) {
        Map<DimensionDay, Integer> keysAfter = new HashMap<>();
        Set<DayKey> counted = new HashSet<>(countedBefore);
        Set<DayKey> newKeys = new HashSet<>();
        List<List<CountedKey>> bounded = new ArrayList<>(batches.size());
        for (List<CountedKey> keys : batches) {
            List<CountedKey> kept = new ArrayList<>(keys.size());
            List<CountedKey> renamed = new ArrayList<>();
            for (CountedKey key : keys) {
                if (!counts(key)) {
                    kept.add(key);
                    continue;
                }
                DayKey dayKey = DayKey.of(key);
                if (counted.contains(dayKey)) {
                    kept.add(key);
                    continue;
                }
                DimensionDay day = new DimensionDay(key.dimension(), key.localDate());
                int dayKeys = keysAfter.getOrDefault(day, keysBefore.getOrDefault(day, 0));
                if (dayKeys < maxKeysPerDay) {
                    keysAfter.put(day, dayKeys + 1);
                    counted.add(dayKey);
                    newKeys.add(dayKey);
                    kept.add(key);
                } else {
                    renamed.add(renamed(key, key.dimension(), OTHER));
                    renamed.add(renamed(key, Dimension.OVERFLOW, key.dimension().name()));
                }
            }
            bounded.add(renamed.isEmpty() ? List.copyOf(kept) : withRenamed(kept, renamed));
        }
        return new InTurn(bounded, keysAfter, newKeys);
    }

    private static CountedKey renamed(CountedKey key, Dimension dimension, String name) {
        return new CountedKey(dimension, key.periodStart(), key.localDate(), name, "", key.counters());
    }

    /**
     * The kept keys, still in order (a subsequence of the batch's), with the keys past the bound, which the order puts
     * elsewhere and which may repeat a key: only those few are sorted and combined.
     */
    private static List<CountedKey> withRenamed(List<CountedKey> kept, List<CountedKey> renamed) {
        SortedMap<CountedKey, CountedKey> combined = new TreeMap<>(CountedKey.ORDER);
        renamed.forEach(key -> combined.merge(key, key, CountedKey::plus));
        return SortedMerge.of(List.of(kept, List.copyOf(combined.values())), CountedKey.ORDER, CountedKey::plus);
    }

    /**
     * A batch's keys after the bound, in {@link CountedKey#ORDER}, and the distinct keys of each day that counted new
     * ones (only those), to be stored.
     */
    public record Bounded(List<CountedKey> countedKeys, Map<DimensionDay, Integer> keysAfter) {
    }

    /**
     * Each batch's keys after the bound, in the batches' order, the days' key counts as {@link Bounded}'s, and the keys
     * that no day counted before the first batch and that the bound took: rows the batches create.
     */
    public record InTurn(List<List<CountedKey>> batches, Map<DimensionDay, Integer> keysAfter, Set<DayKey> newKeys) {
    }
}
