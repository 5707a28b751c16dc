package io.hitstream.ingest.service;

import com.google.protobuf.ByteString;
import io.hitstream.ingest.domain.BatchLimits;
import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.rollups.RollupLimits;
import java.nio.ByteBuffer;

/** Checks what a client sends before any of it is parsed; refuses with an {@link InvalidBatchException}. */
public final class BatchValidator {
    private final BatchLimits limits;

    public BatchValidator(BatchLimits limits) {
        this.limits = limits;
    }

    /** Checks a handshake's stream; its format is {@link SiteFormats}' to check. */
    public void check(StreamOpen open) {
        checkStream(open.hasStream(), open.getStream());
    }

    /** Checks a batch's stream, offsets and lines; its format is {@link SiteFormats}' to check. */
    public void check(LogBatch batch) {
        checkStream(batch.hasStream(), batch.getStream());
        checkOffsets(batch);
        checkLines(batch.getLines(), batch.getOversizedLine());
    }

    /**
     * Whether a batch refused for another reason still says which bytes it stands for, within the limits, so that
     * they can be committed as rejected: its offsets span at least one byte from a valid start.
     */
    public boolean accountable(LogBatch batch) {
        return batch.getStartOffset() >= 0 && batch.getEndOffset() > batch.getStartOffset()
                && batch.getLines().size() <= limits.maxBytes()
                && lineCount(batch.getLines().asReadOnlyByteBuffer()) <= limits.maxLines();
    }

    private static void checkStream(boolean present, StreamId stream) {
        if (!present) {
            throw new InvalidBatchException("stream is missing");
        }
        checkId("stream.host", stream.getHost());
        checkId("stream.site", stream.getSite());
        checkId("stream.file_id", stream.getFileId());
    }

    private static void checkId(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidBatchException(field + " must not be blank");
        }
        if (value.codePointCount(0, value.length()) > RollupLimits.MAX_ID_LENGTH) {
            throw new InvalidBatchException(field + " is longer than " + RollupLimits.MAX_ID_LENGTH + " characters");
        }
    }

    private void checkOffsets(LogBatch batch) {
        if (batch.getStartOffset() < 0) {
            throw new InvalidBatchException("start_offset must not be negative, got " + batch.getStartOffset());
        }
        long span = batch.getEndOffset() - batch.getStartOffset();
        if (batch.getOversizedLine() && span < batch.getLines().size()) {
            throw new InvalidBatchException("end_offset - start_offset is " + span + " but the oversized line's "
                    + batch.getLines().size() + " bytes sent must lie within it");
        }
        if (!batch.getOversizedLine() && span != batch.getLines().size()) {
            throw new InvalidBatchException("end_offset - start_offset is " + span
                    + " but lines holds " + batch.getLines().size() + " bytes");
        }
        if (batch.getLines().size() > limits.maxBytes()) {
            throw new InvalidBatchException("lines holds " + batch.getLines().size()
                    + " bytes, at most " + limits.maxBytes() + " allowed per batch");
        }
    }

    private void checkLines(ByteString lines, boolean oversizedLine) {
        if (!lines.isEmpty() && lines.byteAt(lines.size() - 1) != '\n') {
            throw new InvalidBatchException("lines must end with '\\n' (send only complete lines)");
        }
        int count = lineCount(lines.asReadOnlyByteBuffer());
        if (oversizedLine && count != 1) {
            throw new InvalidBatchException("an oversized_line batch holds the head of one line, got " + count + " lines");
        }
        if (count > limits.maxLines()) {
            throw new InvalidBatchException("lines holds " + count + " lines, at most " + limits.maxLines() + " allowed per batch");
        }
    }

    private static int lineCount(ByteBuffer lines) {
        int count = 0;
        for (int i = lines.position(); i < lines.limit(); i++) {
            if (lines.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
