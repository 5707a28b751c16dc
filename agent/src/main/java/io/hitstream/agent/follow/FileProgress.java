package io.hitstream.agent.follow;

import io.hitstream.agent.batch.Batch;
import io.hitstream.agent.status.StreamCounters;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;

/**
 * Counts the lines of one file shipped and acknowledged, each once however often its bytes are sent again after a
 * reconnect, by the offset up to which each count has got.
 */
final class FileProgress implements FeedListener {

    private final StreamCounters counters;
    private long shippedUpTo;
    private long acknowledgedUpTo;

    FileProgress(StreamCounters counters) {
        this.counters = counters;
    }

    /** Ingest has everything before {@code committedOffset}, from an earlier run or call: nothing to count there. */
    @Override
    public void resumedAt(long committedOffset, long linesBefore) {
        shippedUpTo = Math.max(shippedUpTo, committedOffset);
        acknowledgedUpTo = Math.max(acknowledgedUpTo, committedOffset);
    }

    @Override
    public void shipped(Batch batch) {
        counters.shipped(linesBeyond(batch, shippedUpTo));
        shippedUpTo = Math.max(shippedUpTo, batch.endOffset());
    }

    @Override
    public void acknowledged(Batch batch, BatchAck ack) {
        long lines = linesBeyond(batch, acknowledgedUpTo);
        counters.acknowledged(lines);
        if (ack.getStatus() == BatchStatus.BATCH_STATUS_REFUSED && lines > 0) {
            counters.refused(lines, lines + " lines (bytes " + batch.startOffset() + "-" + batch.endOffset()
                    + ") refused by ingest, counted there as rejected: " + ack.getRefusal());
        }
        acknowledgedUpTo = Math.max(acknowledgedUpTo, batch.endOffset());
    }

    /** The offset up to which ingest is known to have the file. */
    long acknowledgedUpTo() {
        return acknowledgedUpTo;
    }

    /** Lines of the batch past {@code upTo}, which is at the end of a line since every batch ends at one. */
    private static long linesBeyond(Batch batch, long upTo) {
        if (batch.endOffset() <= upTo) {
            return 0;
        }
        if (batch.startOffset() >= upTo) {
            return batch.lineCount();
        }
        byte[] lines = batch.lines();
        long count = 0;
        for (int i = (int) (upTo - batch.startOffset()); i < lines.length; i++) {
            if (lines[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
