package io.hitstream.ingest.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.hitstream.proto.ingest.v1.LogBatch;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineBytesTest {
    private static final byte[] LINES = "a\nbc\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void linesHeldAsOneWholeArrayAreThatArray() {
        assertSame(LINES, LineBytes.of(UnsafeByteOperations.unsafeWrap(LINES)));
    }

    @Test
    void linesOfAParsedBatchAreNotCopied() throws Exception {
        LogBatch received = LogBatch.parseFrom(LogBatch.newBuilder().setLines(ByteString.copyFrom(LINES)).build()
                .toByteArray());

        byte[] lines = LineBytes.of(received.getLines());

        assertArrayEquals(LINES, lines);
        assertSame(lines, LineBytes.of(received.getLines()));
    }

    @Test
    void linesInPartOfAnArrayAreCopied() {
        ByteString part = UnsafeByteOperations.unsafeWrap(LINES, 2, 3);

        assertArrayEquals("bc\n".getBytes(StandardCharsets.US_ASCII), LineBytes.of(part));
    }

    @Test
    void linesInSeveralPiecesAreCopiedWhole() {
        ByteString pieces = ByteString.copyFromUtf8("a\n").concat(ByteString.copyFromUtf8("bc\n"));

        assertArrayEquals(LINES, LineBytes.of(pieces));
    }

    @Test
    void noLinesAreNoBytes() {
        assertEquals(0, LineBytes.of(ByteString.EMPTY).length);
    }
}
