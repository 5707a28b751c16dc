package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Counted keys by (dimension, period, date, key, key2), open-addressed: a look-up hashes the parts where they are,
 * without a key object made for it, and the keys are kept as the {@link CountedKey}s they are handed out as, in the
 * order they were added. A {@code HashMap} of a key record made a look-up key per line and a node, a key copy and
 * a {@code CountedKey} per key (bench/RESULTS.md).
 */
final class KeyTable {
    private static final int MIN_SLOTS = 16;

    /**
     * Per slot, the hash of its key (high half), so that a probe compares keys only when their hashes are equal, and
     * the index of its key in {@link #keys} plus one (low half); 0 for a free slot. One array, not two: a probe
     * then misses the cache once, not twice.
     */
    private long[] slots;
    private CountedKey[] keys;
    private int size;

    /** A table that holds {@code expectedKeys} keys without growing. */
    KeyTable(int expectedKeys) {
        int capacity = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, expectedKeys) * 2 - 1) * 2);
        slots = new long[capacity];
        keys = new CountedKey[capacity / 2];
    }

    /** The key with these parts, or null when it was never added. */
    CountedKey find(Dimension dimension, long periodStart, LocalDate date, String key, String key2) {
        int hash = hash(dimension, periodStart, date, key, key2);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = slot + 1 & mask) {
            if ((int) (slots[slot] >>> 32) == hash) {
                CountedKey found = keys[(int) slots[slot] - 1];
                if (found.dimension() == dimension && found.periodStartEpochSecond() == periodStart
                        && found.date().equals(date) && found.key().equals(key) && found.key2().equals(key2)) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Adds a key that is not in the table yet, with its counters. */
    CountedKey add(Dimension dimension, long periodStart, LocalDate date, String key, String key2, Counters counters) {
        if (size == keys.length) {
            grow();
        }
        CountedKey added = new CountedKey(dimension, periodStart, date, key, key2, counters);
        keys[size++] = added;
        place(hash(dimension, periodStart, date, key, key2), size);
        return added;
    }

    int size() {
        return size;
    }

    /** The keys in the order they were added. */
    List<CountedKey> keys() {
        return Arrays.asList(keys).subList(0, size);
    }

    private void place(int hash, int keyNumber) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            slot = slot + 1 & mask;
        }
        slots[slot] = (long) hash << 32 | keyNumber;
    }

    /** Doubles the table: the slots are placed again by their kept hashes, the keys themselves only copied. */
    private void grow() {
        long[] oldSlots = slots;
        slots = new long[oldSlots.length * 2];
        keys = Arrays.copyOf(keys, keys.length * 2);
        for (long slot : oldSlots) {
            if (slot != 0) {
                place((int) (slot >>> 32), (int) slot);
            }
        }
    }

    private static int hash(Dimension dimension, long periodStart, LocalDate date, String key, String key2) {
        int h = dimension.ordinal();
        h = 31 * h + Long.hashCode(periodStart);
        h = 31 * h + date.hashCode();
        h = 31 * h + key.hashCode();
        h = 31 * h + key2.hashCode();
        // Linear probing wants the high bits mixed into the low ones the mask keeps.
        h *= 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
