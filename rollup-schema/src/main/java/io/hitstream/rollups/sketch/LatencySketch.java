package io.hitstream.rollups.sketch;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.datasketches.kll.KllLongsSketch;
import org.apache.datasketches.memory.Memory;

/**
 * The latencies of a request group, mergeable across batches, hours and stats replicas: a DataSketches KLL sketch
 * of microseconds plus their exact sum (KLL has no mean). KLL rather than HdrHistogram: its size and rank error
 * (about 1.3 % at the default k of 200) do not depend on the range of values, which a hostile log chooses, while an
 * HdrHistogram must be told a highest value or grows with it; and DataSketches is already here for visitors.
 */
public final class LatencySketch {
    private static final double P50 = 0.5;
    private static final double P90 = 0.9;
    private static final double P99 = 0.99;

    private final KllLongsSketch sketch;
    private long sumMicros;

    private LatencySketch(KllLongsSketch sketch, long sumMicros) {
        this.sketch = sketch;
        this.sumMicros = sumMicros;
    }

    /** An empty sketch. */
    public static LatencySketch empty() {
        return new LatencySketch(KllLongsSketch.newHeapInstance(), 0);
    }

    /** A sketch read back from {@link #toBytes()}. */
    public static LatencySketch fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long sum = buffer.getLong();
        byte[] kll = new byte[buffer.remaining()];
        buffer.get(kll);
        return new LatencySketch(KllLongsSketch.heapify(Memory.wrap(kll)), sum);
    }

    /** Counts one call; a negative latency (a clock step) counts as zero. */
    public void add(long latencyMicros) {
        long latency = Math.max(0, latencyMicros);
        sketch.update(latency);
        sumMicros = saturatedAdd(sumMicros, latency);
    }

    /** Adds every call another sketch counted. */
    public void merge(LatencySketch other) {
        sketch.merge(other.sketch);
        sumMicros = saturatedAdd(sumMicros, other.sumMicros);
    }

    /** The summary, or empty when no call had a latency. */
    public Optional<LatencySummary> summary() {
        if (sketch.isEmpty()) {
            return Optional.empty();
        }
        long count = sketch.getN();
        return Optional.of(new LatencySummary(count, sketch.getMinItem(), sketch.getMaxItem(),
                (double) sumMicros / count, sketch.getQuantile(P50), sketch.getQuantile(P90), sketch.getQuantile(P99)));
    }

    /** The sum of latencies followed by the compact KLL sketch. */
    public byte[] toBytes() {
        byte[] kll = sketch.toByteArray();
        return ByteBuffer.allocate(Long.BYTES + kll.length).putLong(sumMicros).put(kll).array();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
