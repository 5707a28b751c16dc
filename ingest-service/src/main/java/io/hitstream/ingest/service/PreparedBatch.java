package io.hitstream.ingest.service;

import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.stats.v1.PartialAggregate;

/**
 * A batch of a Ship stream made ready before its turn to commit: its aggregate, or why ingest refused it (then
 * {@code aggregate} is null, and what is committed for it is decided at its turn, in the stream's order). A counted
 * batch keeps no lines: it waits for its commit with the batches before it, and its megabyte of lines, read already,
 * would only keep the collector busy.
 *
 * @param batch the batch as its commit needs it: its stream and offsets, and its lines only when refused
 */
public record PreparedBatch(LogBatch batch, PartialAggregate aggregate, String refusal) {
    static PreparedBatch counted(LogBatch batch, PartialAggregate aggregate) {
        return new PreparedBatch(batch.toBuilder().clearLines().build(), aggregate, null);
    }

    static PreparedBatch refused(LogBatch batch, String reason) {
        return new PreparedBatch(batch, null, reason);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
