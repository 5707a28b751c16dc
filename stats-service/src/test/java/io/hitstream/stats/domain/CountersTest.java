package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CountersTest {
    /** Nine counters, all zero but the one at {@code negative}, which is -1. */
    private static long[] withNegativeAt(int negative) {
        long[] values = new long[9];
        values[negative] = -1;
        return values;
    }

    @Test
    void keyCountersTellANegativeCounterWhereverItIs() {
        List<Boolean> found = IntStream.range(0, 9).mapToObj(CountersTest::withNegativeAt)
                .map(v -> new KeyCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]).anyNegative())
                .toList();

        assertEquals(List.of(true, true, true, true, true, true, true, true, true), found);
    }

    @Test
    void hourCountersTellANegativeCounterWhereverItIs() {
        List<Boolean> found = IntStream.range(0, 9).mapToObj(CountersTest::withNegativeAt)
                .map(v -> new HourCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]).anyNegative())
                .toList();

        assertEquals(List.of(true, true, true, true, true, true, true, true, true), found);
    }

    @Test
    void largestCountersAreNotNegative() {
        assertFalse(new KeyCounters(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE).anyNegative());
        assertFalse(new HourCounters(Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE).anyNegative());
    }
}
