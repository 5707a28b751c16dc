package io.hitstream.agent.errorlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTailTest {

    private static final String ERROR = "[Sat Nov 21 10:00:00 2026] [core:error] [pid 1] oops\n";
    private static final String WARN = "[Sat Nov 21 10:00:00 2026] [ssl:warn] [pid 1] hmm\n";

    @TempDir
    Path dir;

    private Path log;
    private ErrorCounts counts;
    private ErrorLogTail tail;

    @BeforeEach
    void start() {
        log = dir.resolve("error.log");
        counts = new ErrorCounts();
        tail = new ErrorLogTail(log, counts);
    }

    @AfterEach
    void stop() throws IOException {
        tail.close();
    }

    @Test
    void linesWrittenBeforeTheFirstLookAreNotCounted() throws IOException {
        append(ERROR + ERROR);
        tail.poll();
        append(WARN + ERROR);

        tail.poll();

        assertEquals(Map.of("error", 1L, "warn", 1L), counts.snapshot());
    }

    @Test
    void fileCreatedAfterTheFirstLookIsCountedFromItsStart() throws IOException {
        tail.poll();
        append(ERROR + WARN);

        tail.poll();

        assertEquals(Map.of("error", 1L, "warn", 1L), counts.snapshot());
    }

    @Test
    void renamedFileIsReadToItsEndBeforeTheNewOne() throws IOException {
        append("");
        tail.poll();
        append(ERROR);
        Files.move(log, dir.resolve("error.log.1"));
        append(WARN + WARN);

        tail.poll();

        assertEquals(Map.of("error", 1L, "warn", 2L), counts.snapshot());
    }

    @Test
    void truncatedFileIsCountedFromItsStartAgain() throws IOException {
        append("");
        tail.poll();
        append(ERROR + ERROR);
        tail.poll();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
        tail.poll();
        append(WARN);

        tail.poll();

        assertEquals(Map.of("error", 2L, "warn", 1L), counts.snapshot());
    }

    @Test
    void lineIsCountedOnceItsNewlineIsWritten() throws IOException {
        append("");
        tail.poll();
        append("[Sat Nov 21 10:00:00 2026] [core:err");
        tail.poll();
        append("or] [pid 1] late\n");

        tail.poll();

        assertEquals(Map.of("error", 1L), counts.snapshot());
    }

    private void append(String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
