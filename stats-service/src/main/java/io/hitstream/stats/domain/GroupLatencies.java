package io.hitstream.stats.domain;

import io.hitstream.rollups.sketch.LatencySketch;
import java.util.Comparator;
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

    /** The group with the highest p99 among those with at least minCalls calls; empty when none has. */
    public Optional<GroupP99> slowest(long minCalls) {
        return groups.entrySet().stream()
                .flatMap(group -> group.getValue().summary().stream()
                        .filter(summary -> summary.count() >= minCalls)
                        .map(summary -> new GroupP99(group.getKey(), summary.p99())))
                .max(Comparator.comparingLong(GroupP99::p99Micros));
    }

    /** A group's p99 latency in microseconds. */
    public record GroupP99(String group, long p99Micros) {
    }
}
