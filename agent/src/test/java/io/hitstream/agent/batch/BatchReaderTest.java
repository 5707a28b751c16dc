package io.hitstream.agent.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReaderTest {

    @Test
    void batchEndsAtTheLastLineThatFitsTheByteLimit() throws IOException {
        BatchReader reader = reader("aaa\nbb\ncccc\nd\n", new BatchLimits(10, 8));

        assertEquals(List.of("0-7 2 aaa\nbb\n", "7-14 2 cccc\nd\n"), drain(reader));
    }

    @Test
    void batchHoldsAtMostTheLineLimit() throws IOException {
        BatchReader reader = reader("1\n2\n3\n4\n5\n", new BatchLimits(2, 1000));

        assertEquals(List.of("0-4 2 1\n2\n", "4-8 2 3\n4\n", "8-10 1 5\n"), drain(reader));
    }

    @Test
    void lineFillingTheByteLimitExactlyMakesAFullBatch() throws IOException {
        BatchReader reader = reader("abc\nde\nfgh\n", new BatchLimits(10, 7));

        assertEquals(List.of("0-7 2 abc\nde\n", "7-11 1 fgh\n"), drain(reader));
    }

    @Test
    void linesSplitAcrossReadsComeOutWhole() throws IOException {
        InputStream trickle = new ThreeBytesAtATime(bytes("alpha\nbeta\ngamma\ndelta\n"));
        BatchReader reader = new BatchReader(trickle, 0, 0, new BatchLimits(3, 100));

        assertEquals(List.of("0-17 3 alpha\nbeta\ngamma\n", "17-23 1 delta\n"), drain(reader));
    }

    @Test
    void finalLineWithoutNewlineIsHeldBack() throws IOException {
        BatchReader reader = reader("one\ntwo\nthr", new BatchLimits(10, 100));

        assertEquals(List.of("0-8 2 one\ntwo\n"), drain(reader));
        assertEquals(3L, reader.heldBackBytes());
    }

    @Test
    void heldBackLineIsShippedOnceItsNewlineIsWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("access.log"), "one\ntw");
        try (InputStream content = Files.newInputStream(file)) {
            BatchReader reader = new BatchReader(content, 0, 0, new BatchLimits(10, 100));
            assertEquals(List.of("0-4 1 one\n"), drain(reader));

            Files.writeString(file, "o\nthree\n", StandardOpenOption.APPEND);

            assertEquals(List.of("4-14 2 two\nthree\n"), drain(reader));
            assertEquals(0L, reader.heldBackBytes());
        }
    }

    @Test
    void batchesCarryTheOffsetAndLineNumberTheyStartAt() throws IOException {
        BatchReader reader = new BatchReader(new ByteArrayInputStream(bytes("x\ny\n")), 100, 7, new BatchLimits(1, 100));

        Batch first = reader.next().orElseThrow();
        Batch second = reader.next().orElseThrow();

        assertEquals(List.of(100L, 102L, 7L, 102L, 104L, 8L), List.of(first.startOffset(), first.endOffset(),
                first.linesBefore(), second.startOffset(), second.endOffset(), second.linesBefore()));
        assertEquals(104, reader.offset());
        assertEquals(9, reader.linesBefore());
    }

    @Test
    void lineLongerThanABatchIsSentAsAnOversizedBatchOfItsFirstBytesSpanningAllOfIt() throws IOException {
        BatchReader reader = reader("ok\nthis line is too long\nnext\n", new BatchLimits(10, 8));

        assertEquals(List.of("0-3 1 ok\n", "3-25 1 this li\n oversized", "25-30 1 next\n"), drain(reader));
    }

    @Test
    void oversizedLineIsHeldBackUntilItsNewlineIsWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("access.log"), "0123456789abc");
        try (InputStream content = Files.newInputStream(file)) {
            BatchReader reader = new BatchReader(content, 0, 0, new BatchLimits(10, 8));
            assertEquals(List.of(), drain(reader));
            assertEquals(List.of(13L, 13L), List.of(reader.heldBackBytes(), reader.readPosition()));

            Files.writeString(file, "def\nok\n", StandardOpenOption.APPEND);

            assertEquals(List.of("0-17 1 0123456\n oversized", "17-20 1 ok\n"), drain(reader));
            assertEquals(List.of(0L, 2L), List.of(reader.heldBackBytes(), reader.linesBefore()));
        }
    }

    private static BatchReader reader(String content, BatchLimits limits) {
        return new BatchReader(new ByteArrayInputStream(bytes(content)), 0, 0, limits);
    }

    /** Every batch as "start-end lineCount lines", followed by " oversized" for an oversized line. */
    private static List<String> drain(BatchReader reader) throws IOException {
        List<String> batches = new ArrayList<>();
        for (Optional<Batch> next = reader.next(); next.isPresent(); next = reader.next()) {
            Batch batch = next.get();
            batches.add(batch.startOffset() + "-" + batch.endOffset() + " " + batch.lineCount() + " "
                    + new String(batch.lines(), StandardCharsets.UTF_8) + (batch.oversizedLine() ? " oversized" : ""));
        }
        return batches;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Hands out at most three bytes per read, as a slow pipe or a network file system may. */
    private static final class ThreeBytesAtATime extends FilterInputStream {
        ThreeBytesAtATime(byte[] content) {
            super(new ByteArrayInputStream(content));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(3, length));
        }
    }
}
