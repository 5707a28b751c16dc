package io.hitstream.ingest.domain;

import java.util.Arrays;

/** The counters of one counted key or hour; those that do not apply to it stay 0. */
public final class Counters {
    private long hits;
    private long bytes;
    private final long[] statusClasses = new long[StatusClass.values().length];
    private long slow;
    private long latencySumMicros;
    private long latencyCount;

    /** Sets these counters to one hit of a line (no bytes, status or latency yet). */
    void resetToOneHit() {
        resetToHits(1);
    }

    /** Sets these counters to {@code hits} hits, and nothing else. */
    void resetToHits(long hits) {
        this.hits = hits;
        bytes = 0;
        Arrays.fill(statusClasses, 0);
        slow = 0;
        latencySumMicros = 0;
        latencyCount = 0;
    }

    void setBytes(long bytes) {
        this.bytes = bytes;
    }

    void setStatus(int status) {
        statusClasses[StatusClass.of(status).ordinal()] = hits;
    }

    void setLatency(long latencyMicros, boolean isSlow) {
        latencySumMicros = latencyMicros;
        latencyCount = 1;
        slow = isSlow ? 1 : 0;
    }

    void clearLatency() {
        latencySumMicros = 0;
        latencyCount = 0;
        slow = 0;
    }

    /** Adds what another key counted, status classes and latencies only when asked for. */
    void add(Counters other, boolean withStatusClasses, boolean withLatencies) {
        hits += other.hits;
        bytes += other.bytes;
        if (withStatusClasses) {
            for (int i = 0; i < statusClasses.length; i++) {
                statusClasses[i] += other.statusClasses[i];
            }
        }
        if (withLatencies) {
            slow += other.slow;
            latencySumMicros += other.latencySumMicros;
            latencyCount += other.latencyCount;
        }
    }

    public long hits() {
        return hits;
    }

    public long bytes() {
        return bytes;
    }

    /** Hits whose status is of this class. */
    public long status(StatusClass statusClass) {
        return statusClasses[statusClass.ordinal()];
    }

    public long slow() {
        return slow;
    }

    public long latencySumMicros() {
        return latencySumMicros;
    }

    public long latencyCount() {
        return latencyCount;
    }
}
