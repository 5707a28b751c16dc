package io.hitstream.rollups.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.rollups.Grain;
import org.junit.jupiter.api.Test;

class SketchKindTest {
    private static byte[] visitors(int first, int last) {
        VisitorSketch sketch = VisitorSketch.empty();
        for (int visitor = first; visitor <= last; visitor++) {
            sketch.add("192.0.2." + visitor, "curl/8");
        }
        return sketch.toBytes();
    }

    @Test
    void visitorUnionCountsAVisitorOfBothOnce() {
        assertEquals(15, VisitorSketch.fromBytes(SketchKind.VISITORS.union(visitors(1, 10), visitors(6, 15))).estimate());
    }

    @Test
    void latencyUnionCountsTheCallsOfBoth() {
        LatencySketch first = LatencySketch.empty();
        first.add(100);
        LatencySketch second = LatencySketch.empty();
        second.add(300);

        LatencySummary summary = LatencySketch.fromBytes(SketchKind.LATENCY.union(first.toBytes(), second.toBytes()))
                .summary().orElseThrow();

        assertEquals(new LatencySummary(2, 100, 300, 200.0, summary.p50(), summary.p90(), summary.p99()), summary);
    }

    @Test
    void bytesOfNoSketchDoNotDecode() {
        assertFalse(SketchKind.VISITORS.decodes(new byte[] {7, 7, 7}));
        assertFalse(SketchKind.LATENCY.decodes(new byte[] {1}));
        assertTrue(SketchKind.LATENCY.decodes(LatencySketch.empty().toBytes()));
    }

    @Test
    void latencyIsKeptPerMinuteAndHourAndVisitorsPerHourAndDay() {
        assertTrue(SketchKind.LATENCY.keptAt(Grain.MINUTE));
        assertTrue(SketchKind.LATENCY.keptAt(Grain.HOUR));
        assertFalse(SketchKind.LATENCY.keptAt(Grain.DAY));
        assertTrue(SketchKind.VISITORS.keptAt(Grain.DAY));
        assertFalse(SketchKind.VISITORS.keptAt(Grain.MINUTE));
    }
}
