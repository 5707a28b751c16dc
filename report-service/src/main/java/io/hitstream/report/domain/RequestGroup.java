package io.hitstream.report.domain;

import io.hitstream.rollups.sketch.LatencySummary;
import java.util.Optional;

/**
 * One request group over a report's range: its calls, the slow ones, and its latencies where they were logged.
 */
public record RequestGroup(String group, long calls, long slow, Optional<LatencySummary> latency) {
}
