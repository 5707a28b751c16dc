package io.hitstream.ingest.domain;

/**
 * The counters of one counted key or hour; those that do not apply to it stay 0. The status classes are fields,
 * not an array: a batch makes thousands of these, and each array was one more object to allocate and clear.
 */
public final class Counters {
    private long hits;
    private long bytes;
    private long success;
    private long redirection;
    private long clientError;
    private long serverError;
    private long otherStatus;
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
        success = 0;
        redirection = 0;
        clientError = 0;
        serverError = 0;
        otherStatus = 0;
        slow = 0;
        latencySumMicros = 0;
        latencyCount = 0;
    }

    void setBytes(long bytes) {
        this.bytes = bytes;
    }

    /** Counts the hits under the status's class. */
    void setStatus(int status) {
        switch (StatusClass.of(status)) {
            case SUCCESS -> success = hits;
            case REDIRECTION -> redirection = hits;
            case CLIENT_ERROR -> clientError = hits;
            case SERVER_ERROR -> serverError = hits;
            case OTHER -> otherStatus = hits;
        }
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
            success += other.success;
            redirection += other.redirection;
            clientError += other.clientError;
            serverError += other.serverError;
            otherStatus += other.otherStatus;
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
        return switch (statusClass) {
            case SUCCESS -> success;
            case REDIRECTION -> redirection;
            case CLIENT_ERROR -> clientError;
            case SERVER_ERROR -> serverError;
            case OTHER -> otherStatus;
        };
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
