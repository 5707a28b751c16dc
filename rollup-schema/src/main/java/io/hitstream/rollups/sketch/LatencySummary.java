package io.hitstream.rollups.sketch;

/**
 * What a report shows of a group's latencies, in microseconds: exact count, minimum, maximum and mean, and
 * percentiles within the sketch's rank error.
 */
public record LatencySummary(long count, long min, long max, double mean, long p50, long p90, long p99) {
}
