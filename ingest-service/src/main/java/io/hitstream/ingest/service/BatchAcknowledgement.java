package io.hitstream.ingest.service;

import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.PartialAggregate;

/** Turns stats' answer to a batch's aggregate into the acknowledgement the client gets. */
public final class BatchAcknowledgement {
    private BatchAcknowledgement() {
    }

    /** The ack; line counts and rejections only when the batch was committed now, since otherwise it added nothing. */
    public static BatchAck of(LogBatch batch, PartialAggregate aggregate, CommitResult result) {
        BatchStatus status = status(result);
        BatchAck.Builder ack = BatchAck.newBuilder()
                .setStream(batch.getStream())
                .setStartOffset(batch.getStartOffset())
                .setEndOffset(batch.getEndOffset())
                .setStatus(status)
                .setCommittedOffset(result.getCommittedOffset());
        if (status == BatchStatus.BATCH_STATUS_COMMITTED) {
            ack.setAcceptedLines(aggregate.getAcceptedLines())
                    .setRejectedLines(aggregate.getRejectedLines())
                    .addAllRejections(aggregate.getRejectionsList());
        }
        return ack.build();
    }

    /** What of an aggregate its ack tells ({@link #of}): its line counts and rejections, without its keys. */
    public static PartialAggregate told(PartialAggregate aggregate) {
        return PartialAggregate.newBuilder()
                .setAcceptedLines(aggregate.getAcceptedLines())
                .setRejectedLines(aggregate.getRejectedLines())
                .addAllRejections(aggregate.getRejectionsList())
                .build();
    }

    /** The ack of a refused batch committed as rejected lines: REFUSED with them and the reason once committed now. */
    public static BatchAck ofRefused(LogBatch batch, PartialAggregate aggregate, CommitResult result, String reason) {
        BatchAck ack = of(batch, aggregate, result);
        if (ack.getStatus() != BatchStatus.BATCH_STATUS_COMMITTED) {
            return ack;
        }
        return ack.toBuilder().setStatus(BatchStatus.BATCH_STATUS_REFUSED).setRefusal(reason).build();
    }

    /** The ack of a refused batch nothing was committed for: the stream's committed offset stays {@code committedOffset}. */
    public static BatchAck refused(LogBatch batch, long committedOffset, String reason) {
        return BatchAck.newBuilder()
                .setStream(batch.getStream())
                .setStartOffset(batch.getStartOffset())
                .setEndOffset(batch.getEndOffset())
                .setStatus(BatchStatus.BATCH_STATUS_REFUSED)
                .setCommittedOffset(committedOffset)
                .setRefusal(reason)
                .build();
    }

    private static BatchStatus status(CommitResult result) {
        switch (result.getStatus()) {
            case COMMIT_STATUS_COMMITTED:
                return BatchStatus.BATCH_STATUS_COMMITTED;
            case COMMIT_STATUS_DUPLICATE:
                return BatchStatus.BATCH_STATUS_DUPLICATE;
            case COMMIT_STATUS_OUT_OF_ORDER:
                return BatchStatus.BATCH_STATUS_OUT_OF_ORDER;
            default:
                throw new IllegalStateException("stats answered commit status " + result.getStatus());
        }
    }
}
