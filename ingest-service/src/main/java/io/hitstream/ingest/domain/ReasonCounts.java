package io.hitstream.ingest.domain;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.rollups.RollupLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lines per reason (rejected, or repaired), each reason with its first few lines as samples. */
final class ReasonCounts {
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

    /** The counts by reason, in reason order; {@code sample} is the first of the samples. */
    List<Rejection> toMessages() {
        return byReason.entrySet().stream()
                .map(e -> Rejection.newBuilder()
                        .setReason(e.getKey())
                        .setLines(e.getValue().lines)
                        .setSample(e.getValue().samples.get(0))
                        .addAllSamples(e.getValue().samples)
                        .build())
                .toList();
    }
}
