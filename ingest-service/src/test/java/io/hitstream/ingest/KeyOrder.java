package io.hitstream.ingest;

import io.hitstream.proto.stats.v1.CountedKey;
import java.util.Comparator;
import java.util.List;

/**
 * Puts counted keys in one order for tests to compare with: ingest sends them in none, since stats orders them itself.
 */
public final class KeyOrder {
    private static final Comparator<CountedKey> ORDER = Comparator.comparing(CountedKey::getDimension)
            .thenComparing(CountedKey::getLocalDate)
            .thenComparingLong(CountedKey::getPeriodStartEpochSecond)
            .thenComparing(CountedKey::getKey)
            .thenComparing(CountedKey::getKey2);

    private KeyOrder() {
    }

    /** The keys by dimension, local date, period start, key and key2. */
    public static List<CountedKey> sorted(List<CountedKey> keys) {
        return keys.stream().sorted(ORDER).toList();
    }
}
