package io.hitstream.agent.batch;

import com.google.protobuf.UnsafeByteOperations;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;

/**
 * A run of complete lines of one file: {@code lines} holds the bytes from {@code startOffset} up to
 * {@code endOffset}, each line ending in '\n'; {@code linesBefore} is how many lines of the file precede it.
 * An {@code oversizedLine} batch is the one exception: a single line too long for any batch, of which
 * {@code lines} holds only the first bytes and a '\n' while the offsets span all of it.
 */
public record Batch(long startOffset, long endOffset, long linesBefore, int lineCount, byte[] lines,
                    boolean oversizedLine) {

    /** The batch as ingest receives it, for the stream {@code stream} written in {@code format}. */
    public LogBatch message(StreamId stream, String format) {
        return LogBatch.newBuilder()
                .setStream(stream)
                .setFormat(format)
                .setStartOffset(startOffset)
                .setEndOffset(endOffset)
                // A batch's array is its own copy and never changes, so it can be sent without another copy.
                .setLines(UnsafeByteOperations.unsafeWrap(lines))
                .setOversizedLine(oversizedLine)
                .build();
    }
}
