package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counters per (dimension, period, key, key2): every dimension in one map, so a new dimension is only where its
 * key comes from. The distinct keys of a dimension and local day are bounded: past the bound a key counts under
 * {@link #OTHER}, and what it added is counted again as {@link Dimension#OVERFLOW} under the dimension's name.
 */
public final class CountedKeys {
    /** The key of every key past the bound. */
    public static final String OTHER = "(other)";
    /**
     * A 1 MiB batch of some 4,000 lines makes about 7,000 keys; a map grown from 16 rehashed them ten times, a
     * twentieth of combining (bench/RESULTS.md).
     */
    private static final int EXPECTED_KEYS = 16_384;
    private static final int DIMENSIONS = Dimension.values().length;

    private final int maxKeysPerDay;
    private final Map<Slot, Counters> counters = new HashMap<>(EXPECTED_KEYS);
    /** How many keys each daily dimension has on a local day, by dimension: its slots are its keys of the day. */
    private final Map<LocalDate, int[]> dailyKeysPerDay = new HashMap<>();
    /** The keys of each finer dimension and local day, whose slots repeat a key in each of its periods. */
    private final Map<Slot, Set<KeyPair>> keysPerDay = new HashMap<>();
    /** Reused to look a slot up, so that counting a key already seen allocates nothing. */
    private final Slot probe = new Slot();

    /** Counters whose keys are bounded to {@code maxKeysPerDay} per dimension and local day. */
    public CountedKeys(int maxKeysPerDay) {
        if (maxKeysPerDay < 1) {
            throw new IllegalArgumentException("at least one key a day is needed, not " + maxKeysPerDay);
        }
        this.maxKeysPerDay = maxKeysPerDay;
    }

    /** Adds a line's (or a key's) counters to a key of a dimension; the period is ignored for daily dimensions. */
    void add(Dimension dimension, long periodStart, LocalDate date, String key, String key2, Counters added) {
        long period = dimension.grain() == Grain.DAY ? 0 : periodStart;
        Counters existing = counters.get(probe.set(dimension, period, date, key, key2));
        if (existing == null) {
            if (!admitted(dimension, date, key, key2)) {
                add(dimension, period, date, OTHER, "", added);
                add(Dimension.OVERFLOW, 0, date, dimension.name(), "", added);
                return;
            }
            existing = new Counters();
            counters.put(probe.copy(), existing);
        }
        existing.add(added, dimension.countsStatusClasses(), dimension.countsLatencies());
    }

    /**
     * The counted keys, in no order: stats orders every aggregate's keys itself, in the order it locks their rows in,
     * so sorting them here too cost about a tenth of ingest's CPU for nothing (bench/RESULTS.md).
     */
    public List<CountedKey> all() {
        return all(List.of(this));
    }

    /** The counted keys of all the parts as one list, in no order, as {@link #all()}. */
    static List<CountedKey> all(List<CountedKeys> parts) {
        List<CountedKey> keys = new ArrayList<>(parts.stream().mapToInt(part -> part.counters.size()).sum());
        for (CountedKeys part : parts) {
            part.counters.forEach((slot, count) -> keys.add(
                    new CountedKey(slot.dimension, slot.periodStart, slot.date, slot.key, slot.key2, count)));
        }
        return keys;
    }

    /** The distinct keys, whatever their dimension, period and key2, sorted. */
    List<String> distinctKeys() {
        return counters.keySet().stream().map(slot -> slot.key).distinct().sorted().toList();
    }

    /** Whether a key not yet counted in its period may be, as one of the day's first keys of its dimension. */
    private boolean admitted(Dimension dimension, LocalDate date, String key, String key2) {
        if (dimension == Dimension.OVERFLOW || key.equals(OTHER)) {
            return true;
        }
        if (dimension.grain() == Grain.DAY) {
            int[] keysOfDay = dailyKeysPerDay.computeIfAbsent(date, day -> new int[DIMENSIONS]);
            if (keysOfDay[dimension.ordinal()] >= maxKeysPerDay) {
                return false;
            }
            keysOfDay[dimension.ordinal()]++;
            return true;
        }
        Set<KeyPair> keys = keysPerDay.computeIfAbsent(new Slot().set(dimension, 0, date, "", ""), day -> new HashSet<>());
        KeyPair pair = new KeyPair(key, key2);
        return keys.contains(pair) || keys.size() < maxKeysPerDay && keys.add(pair);
    }

    private record KeyPair(String key, String key2) {
    }

    /** A map key that is set in place for look-ups and copied only when stored. */
    private static final class Slot {
        private Dimension dimension;
        private long periodStart;
        private LocalDate date;
        private String key;
        private String key2;
        private int hash;

        Slot set(Dimension dimension, long periodStart, LocalDate date, String key, String key2) {
            this.dimension = dimension;
            this.periodStart = periodStart;
            this.date = date;
            this.key = key;
            this.key2 = key2;
            int h = dimension.hashCode();
            h = 31 * h + Long.hashCode(periodStart);
            h = 31 * h + date.hashCode();
            h = 31 * h + key.hashCode();
            this.hash = 31 * h + key2.hashCode();
            return this;
        }

        Slot copy() {
            return new Slot().set(dimension, periodStart, date, key, key2);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Slot slot && slot.dimension == dimension && slot.periodStart == periodStart
                    && slot.date.equals(date) && slot.key.equals(key) && slot.key2.equals(key2);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
