package io.hitstream.report.domain;

/**
 * One counted key of a dimension summed over a report's range, with its latencies where they were logged.
 *
 * @param key2 "" unless the dimension's key has two parts
 */
public record KeyRow(String key, String key2, long hits, long bytes, long slow, long latencySumMicros,
        long latencyCount) {

    /** The mean latency in microseconds, null where no latency was logged. */
    public Long averageLatencyMicros() {
        return latencyCount == 0 ? null : Math.round((double) latencySumMicros / latencyCount);
    }
}
