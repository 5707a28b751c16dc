package io.hitstream.stats.domain;

import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.LatencySummary;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The latencies of each request group of a site over one window: its minute sketches merged. */
public final class GroupLatencies {
    private final Map<String, LatencySketch> groups = new TreeMap<>();

    /** Adds a minute's sketch of a group. */
    public void add(String group, LatencySketch minute) {
        groups.computeIfAbsent(group, key -> LatencySketch.empty()).merge(minute);
    }

    /** The highest p99, in microseconds, of the groups with at least minCalls calls; empty when none has. */
    public Optional<Long> highestP99(long minCalls) {
        return groups.values().stream()
                .map(LatencySketch::summary)
                .flatMap(Optional::stream)
                .filter(summary -> summary.count() >= minCalls)
                .map(LatencySummary::p99)
                .max(Long::compare);
    }
}
