package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counters per (dimension, period, key, key2): every dimension in one map, so a new dimension is only where its
 * key comes from. The distinct keys of a dimension and local day are bounded: past the bound a key counts under
 * {@link #OTHER}, and what it added is counted again as {@link Dimension#OVERFLOW} under the dimension's name.
 */
public final class CountedKeys {
    /** The key of every key past the bound. */
    public static final String OTHER = "(other)";
    /** Keys a table starts with when its caller cannot tell how many to expect. */
    static final int DEFAULT_EXPECTED_KEYS = 64;
    private static final int DIMENSIONS = Dimension.values().length;

    private final int maxKeysPerDay;
    private final KeyTable counted;
    /** How many keys each dimension has on a local day, by dimension. */
    private final Map<LocalDate, int[]> keysPerDay = new HashMap<>();
    /**
     * The keys of each finer dimension and local day, whose slots repeat a key in each of its periods; their
     * counters are not kept. A daily dimension's slots are its keys of the day, so its count is enough.
     */
    private final KeyTable finerKeysOfDay = new KeyTable(DEFAULT_EXPECTED_KEYS);

    /** Counters whose keys are bounded to {@code maxKeysPerDay} per dimension and local day. */
    public CountedKeys(int maxKeysPerDay) {
        this(maxKeysPerDay, DEFAULT_EXPECTED_KEYS);
    }

    /** Counters bounded as {@link #CountedKeys(int)}, with room for {@code expectedKeys} keys before growing. */
    CountedKeys(int maxKeysPerDay, int expectedKeys) {
        if (maxKeysPerDay < 1) {
            throw new IllegalArgumentException("at least one key a day is needed, not " + maxKeysPerDay);
        }
        this.maxKeysPerDay = maxKeysPerDay;
        this.counted = new KeyTable(expectedKeys);
    }

    /** Adds a line's (or a key's) counters to a key of a dimension; the period is ignored for daily dimensions. */
    void add(Dimension dimension, long periodStart, LocalDate date, String key, String key2, Counters added) {
        long period = dimension.grain() == Grain.DAY ? 0 : periodStart;
        CountedKey existing = counted.find(dimension, period, date, key, key2);
        if (existing == null) {
            if (!admitted(dimension, date, key, key2)) {
                add(dimension, period, date, OTHER, "", added);
                add(Dimension.OVERFLOW, 0, date, dimension.name(), "", added);
                return;
            }
            existing = counted.add(dimension, period, date, key, key2, new Counters());
        }
        existing.counters().add(added, dimension.countsStatusClasses(), dimension.countsLatencies());
    }

    /** How many keys are counted. */
    int size() {
        return counted.size();
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
        List<CountedKey> keys = new ArrayList<>(parts.stream().mapToInt(CountedKeys::size).sum());
        for (CountedKeys part : parts) {
            keys.addAll(part.counted.keys());
        }
        return keys;
    }

    /** The distinct keys, whatever their dimension, period and key2, sorted. */
    List<String> distinctKeys() {
        return counted.keys().stream().map(CountedKey::key).distinct().sorted().toList();
    }

    /** Whether a key not yet counted in its period may be, as one of the day's first keys of its dimension. */
    private boolean admitted(Dimension dimension, LocalDate date, String key, String key2) {
        if (dimension == Dimension.OVERFLOW || key.equals(OTHER)) {
            return true;
        }
        boolean daily = dimension.grain() == Grain.DAY;
        if (!daily && finerKeysOfDay.find(dimension, 0, date, key, key2) != null) {
            return true;
        }
        int[] keysOfDay = keysPerDay.computeIfAbsent(date, day -> new int[DIMENSIONS]);
        if (keysOfDay[dimension.ordinal()] >= maxKeysPerDay) {
            return false;
        }
        keysOfDay[dimension.ordinal()]++;
        if (!daily) {
            finerKeysOfDay.add(dimension, 0, date, key, key2, null);
        }
        return true;
    }
}
