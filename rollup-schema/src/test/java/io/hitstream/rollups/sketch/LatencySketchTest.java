package io.hitstream.rollups.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencySketchTest {
    @Test
    void aFewCallsAreSummarisedExactly() {
        LatencySketch sketch = LatencySketch.empty();
        for (long latency : new long[] {100, 200, 300, 400, 1000}) {
            sketch.add(latency);
        }

        assertEquals(Optional.of(new LatencySummary(5, 100, 1000, 400.0, 300, 1000, 1000)), sketch.summary());
    }

    @Test
    void aSketchWithoutCallsHasNoSummary() {
        assertEquals(Optional.empty(), LatencySketch.empty().summary());
    }

    @Test
    void percentilesOfManyCallsAreWithinTheRankError() {
        LatencySketch sketch = LatencySketch.empty();
        for (long latency = 1; latency <= 100_000; latency++) {
            sketch.add(latency);
        }
        LatencySummary summary = sketch.summary().orElseThrow();

        assertEquals(100_000, summary.count());
        assertEquals(1, summary.min());
        assertEquals(100_000, summary.max());
        assertEquals(50_000.5, summary.mean());
        assertEquals(50_000, summary.p50(), 2_000);
        assertEquals(90_000, summary.p90(), 2_000);
        assertEquals(99_000, summary.p99(), 2_000);
    }

    @Test
    void twoMergedSketchesSummariseAllTheirCalls() {
        LatencySketch morning = LatencySketch.empty();
        morning.add(10);
        morning.add(20);
        LatencySketch evening = LatencySketch.empty();
        evening.add(5_000);

        morning.merge(evening);

        assertEquals(Optional.of(new LatencySummary(3, 10, 5_000, 5_030 / 3.0, 20, 5_000, 5_000)), morning.summary());
    }

    @Test
    void aSketchReadBackFromItsBytesHasTheSameSummary() {
        LatencySketch sketch = LatencySketch.empty();
        for (long latency = 0; latency < 10_000; latency += 7) {
            sketch.add(latency);
        }

        assertEquals(sketch.summary(), LatencySketch.fromBytes(sketch.toBytes()).summary());
    }

    @Test
    void aNegativeLatencyCountsAsZero() {
        LatencySketch sketch = LatencySketch.empty();
        sketch.add(-5);

        assertEquals(0, sketch.summary().orElseThrow().min());
    }
}
