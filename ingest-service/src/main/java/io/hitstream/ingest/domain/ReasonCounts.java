package io.hitstream.ingest.domain;

import io.hitstream.rollups.RollupLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lines per reason (rejected, or repaired), each reason with its first few lines as samples. */
public final class ReasonCounts {
    /** The lines of one reason and its first few lines as samples. */
    public record ReasonCount(String reason, long lines, List<String> samples) {
    }

    private static final class Count {
        private final List<String> samples = new ArrayList<>(RollupLimits.MAX_SAMPLES);
        private long lines;
    }

    private final Map<String, Count> byReason = new TreeMap<>();
    private long total;

    void add(String reason, byte[] buf, int start, int end) {
        Count count = byReason.computeIfAbsent(reason, r -> new Count());
        count.lines++;
        if (count.samples.size() < RollupLimits.MAX_SAMPLES) {
            count.samples.add(BoundedText.sample(buf, start, end));
        }
        total++;
    }

    long total() {
        return total;
    }

    /** The counts by reason, in reason order. */
    public List<ReasonCount> byReason() {
        return byReason.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue().lines, List.copyOf(e.getValue().samples)))
                .toList();
    }
}
