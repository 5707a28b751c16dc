package io.hitstream.rollups.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisitorSketchTest {
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    @Test
    void aHundredThousandDistinctVisitorsAreCountedWithinTwoPercent() {
        VisitorSketch sketch = GeneratedVisitors.distinct(0, 100_000);

        assertEquals(100_000, sketch.estimate(), 2_000);
    }

    @Test
    void theSameAddressAndAgentAgainIsTheSameVisitor() {
        assertEquals(1, estimateOf("192.0.2.1", FIREFOX, "192.0.2.1", FIREFOX));
    }

    @Test
    void oneAddressWithTwoAgentsIsTwoVisitors() {
        assertEquals(2, estimateOf("192.0.2.1", FIREFOX, "192.0.2.1", CHROME));
    }

    @Test
    void addressAndAgentDoNotRunIntoEachOther() {
        assertEquals(2, estimateOf("192.0.2.1", "0 x", "192.0.2.10", " x"));
    }

    @Test
    void theUnionOfOverlappingDaysCountsEachVisitorOnce() {
        VisitorSketch monday = GeneratedVisitors.distinct(0, 60_000);
        VisitorSketch tuesday = GeneratedVisitors.distinct(40_000, 100_000);

        assertEquals(100_000, VisitorSketch.union(List.of(monday, tuesday)).estimate(), 2_000);
    }

    @Test
    void aSketchReadBackFromItsBytesHasTheSameEstimate() {
        VisitorSketch sketch = GeneratedVisitors.distinct(0, 30_000);

        assertEquals(sketch.estimate(), VisitorSketch.fromBytes(sketch.toBytes()).estimate());
    }

    private static long estimateOf(String... addressThenAgent) {
        VisitorSketch sketch = VisitorSketch.empty();
        for (int i = 0; i < addressThenAgent.length; i += 2) {
            sketch.add(addressThenAgent[i], addressThenAgent[i + 1]);
        }
        return sketch.estimate();
    }

    /** Generated visitors: visitor {@code i} has its own address and one of a few agents. */
    private static final class GeneratedVisitors {
        static VisitorSketch distinct(int from, int to) {
            VisitorSketch sketch = VisitorSketch.empty();
            for (int i = from; i < to; i++) {
                sketch.add("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), i % 3 == 0 ? CHROME : FIREFOX);
            }
            return sketch;
        }
    }
}
