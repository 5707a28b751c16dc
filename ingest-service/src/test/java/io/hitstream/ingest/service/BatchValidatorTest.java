package io.hitstream.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import io.hitstream.ingest.domain.BatchLimits;
import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.StreamOpen;
import org.junit.jupiter.api.Test;

class BatchValidatorTest {
    private static final StreamId STREAM = StreamId.newBuilder()
            .setHost("web-01").setSite("www.example.org").setFileId("f1").build();
    private final BatchValidator validator = new BatchValidator(new BatchLimits(3, 64));

    @Test
    void wellFormedBatchIsAccepted() {
        assertDoesNotThrow(() -> validator.check(batch("common", 10, "a\nb\n\n")));
    }

    @Test
    void emptyBatchIsWellFormed() {
        assertDoesNotThrow(() -> validator.check(batch("combined", 7, "")));
    }

    @Test
    void offsetsThatDoNotSpanTheLinesAreRefused() {
        LogBatch batch = batch("combined", 0, "a\n").toBuilder().setEndOffset(5).build();

        assertEquals("end_offset - start_offset is 5 but lines holds 2 bytes", refusal(batch));
    }

    @Test
    void negativeStartOffsetIsRefused() {
        assertEquals("start_offset must not be negative, got -2", refusal(batch("combined", -2, "a\n")));
    }

    @Test
    void incompleteLastLineIsRefused() {
        assertEquals("lines must end with '\\n' (send only complete lines)", refusal(batch("combined", 0, "a\nb")));
    }

    @Test
    void blankOrMissingStreamIdentityIsRefused() {
        assertEquals("stream is missing", refusal(LogBatch.newBuilder().setFormat("combined").build()));
        assertEquals("stream.site must not be blank",
                refusal(batch("combined", 0, "a\n").toBuilder().setStream(STREAM.toBuilder().setSite(" ")).build()));
        assertEquals("stream.host must not be blank",
                refusal(StreamOpen.newBuilder().setFormat("combined").setStream(STREAM.toBuilder().setHost("")).build()));
        assertEquals("stream.file_id must not be blank",
                refusal(batch("combined", 0, "a\n").toBuilder().setStream(STREAM.toBuilder().setFileId("")).build()));
    }

    @Test
    void overlongStreamIdentityIsRefused() {
        StreamOpen open = StreamOpen.newBuilder().setFormat("combined")
                .setStream(STREAM.toBuilder().setFileId("x".repeat(1025))).build();

        assertEquals("stream.file_id is longer than 1024 characters", refusal(open));
    }

    @Test
    void batchOverTheLimitsIsRefused() {
        assertEquals("lines holds 4 lines, at most 3 allowed per batch", refusal(batch("combined", 0, "a\nb\nc\nd\n")));
        assertEquals("lines holds 65 bytes, at most 64 allowed per batch",
                refusal(batch("combined", 0, "x".repeat(64) + "\n")));
    }

    @Test
    void oversizedLineBatchSpansMoreThanTheHeadItCarries() {
        LogBatch oversized = batch("combined", 100, "head\n").toBuilder().setEndOffset(5_100).setOversizedLine(true).build();

        assertDoesNotThrow(() -> validator.check(oversized));
    }

    @Test
    void oversizedLineBatchMustHoldOneLineWithinItsSpan() {
        LogBatch twoLines = batch("combined", 0, "a\nb\n").toBuilder().setEndOffset(500).setOversizedLine(true).build();
        LogBatch shortSpan = batch("combined", 0, "head\n").toBuilder().setEndOffset(3).setOversizedLine(true).build();

        assertEquals("an oversized_line batch holds the head of one line, got 2 lines", refusal(twoLines));
        assertEquals("end_offset - start_offset is 3 but the oversized line's 5 bytes sent must lie within it",
                refusal(shortSpan));
    }

    private String refusal(LogBatch batch) {
        return assertThrows(InvalidBatchException.class, () -> validator.check(batch)).getMessage();
    }

    private String refusal(StreamOpen open) {
        return assertThrows(InvalidBatchException.class, () -> validator.check(open)).getMessage();
    }

    private static LogBatch batch(String format, long start, String lines) {
        return LogBatch.newBuilder().setStream(STREAM).setFormat(format)
                .setStartOffset(start).setEndOffset(start + lines.length())
                .setLines(ByteString.copyFromUtf8(lines)).build();
    }
}
