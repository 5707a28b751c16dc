package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    @Test
    void everyLineIsVisitedWithoutItsNewline() {
        assertEquals(List.of("a", "", "bc\r"), lines("a\n\nbc\r\n"));
    }

    @Test
    void lastLineWithoutNewlineIsVisitedToo() {
        assertEquals(List.of("a", "b"), lines("a\nb"));
    }

    @Test
    void emptyChunkHasNoLines() {
        assertEquals(List.of(), lines(""));
    }

    private static List<String> lines(String chunk) {
        List<String> lines = new ArrayList<>();
        LineSplitter.forEachLine(chunk.getBytes(StandardCharsets.US_ASCII),
                (buf, start, end) -> lines.add(new String(buf, start, end - start, StandardCharsets.US_ASCII)));
        return lines;
    }
}
