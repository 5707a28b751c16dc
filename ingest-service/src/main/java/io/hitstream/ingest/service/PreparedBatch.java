package io.hitstream.ingest.service;

import io.hitstream.proto.stats.v1.PartialAggregate;

/**
 * A batch of a Ship stream made ready before its turn to commit: its aggregate, or why ingest refused it (then
 * {@code aggregate} is null, and what is committed for it is decided at its turn, in the stream's order).
 */
public record PreparedBatch(PartialAggregate aggregate, String refusal) {
    static PreparedBatch counted(PartialAggregate aggregate) {
        return new PreparedBatch(aggregate, null);
    }

    static PreparedBatch refused(String reason) {
        return new PreparedBatch(null, reason);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
