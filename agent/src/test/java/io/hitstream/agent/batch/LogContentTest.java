package io.hitstream.agent.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogContentTest {

    private static final String CONTENT = "alpha\nbeta\ngamma\n";

    @TempDir
    Path dir;

    @Test
    void gzipOffsetsCountDecompressedBytes() throws IOException {
        Path file = gzip("access.log.2.gz", CONTENT);
        try (LogContent content = LogContent.open(file)) {
            long linesBefore = content.skipTo(11);
            Batch batch = new BatchReader(content.stream(), 11, linesBefore, new BatchLimits(10, 100)).next().orElseThrow();

            assertEquals(2, linesBefore);
            assertEquals(11, batch.startOffset());
            assertEquals(17, batch.endOffset());
            assertArrayEquals("gamma\n".getBytes(StandardCharsets.UTF_8), batch.lines());
        }
    }

    @Test
    void plainFileIsReadAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("access.log"), CONTENT);
        try (LogContent content = LogContent.open(file)) {
            assertArrayEquals(CONTENT.getBytes(StandardCharsets.UTF_8), content.stream().readAllBytes());
            assertEquals(17, content.diskBytesRead());
        }
    }

    @Test
    void offsetInsideALineIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("access.log"), CONTENT);
        try (LogContent content = LogContent.open(file)) {
            OffsetMismatchException refused = assertThrows(OffsetMismatchException.class, () -> content.skipTo(8));

            assertEquals("offset 8 is not at the start of a line", refused.getMessage());
        }
    }

    @Test
    void offsetPastTheEndIsRefused() throws IOException {
        Path file = gzip("access.log.gz", CONTENT);
        try (LogContent content = LogContent.open(file)) {
            OffsetMismatchException refused = assertThrows(OffsetMismatchException.class, () -> content.skipTo(30));

            assertEquals("offset 30 lies past the end of the content (17 bytes)", refused.getMessage());
        }
    }

    private Path gzip(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
