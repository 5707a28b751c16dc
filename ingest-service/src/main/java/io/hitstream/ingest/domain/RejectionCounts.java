package io.hitstream.ingest.domain;

import io.hitstream.proto.common.v1.Rejection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rejected lines per reason, each reason with the first line rejected for it. */
final class RejectionCounts {
    private static final class Count {
        private final String sample;
        private long lines;

        Count(String sample) {
            this.sample = sample;
        }
    }

    private final Map<String, Count> byReason = new TreeMap<>();
    private long total;

    void add(String reason, byte[] buf, int start, int end) {
        byReason.computeIfAbsent(reason, r -> new Count(BoundedText.sample(buf, start, end))).lines++;
        total++;
    }

    long total() {
        return total;
    }

    /** The counts by reason, in reason order. */
    List<Rejection> toMessages() {
        return byReason.entrySet().stream()
                .map(e -> Rejection.newBuilder()
                        .setReason(e.getKey())
                        .setLines(e.getValue().lines)
                        .setSample(e.getValue().sample)
                        .build())
                .toList();
    }
}
