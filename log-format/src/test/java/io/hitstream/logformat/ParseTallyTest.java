package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseTallyTest {
    private static final String GOOD = "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"curl\"";

    private static void add(ParseTally tally, LogParser parser, String line) {
        byte[] buf = line.getBytes(StandardCharsets.UTF_8);
        LogRecord record = new LogRecord();
        parser.parse(buf, 0, buf.length, record);
        tally.add(record, buf, 0, buf.length);
    }

    @Test
    void countsParsedRejectedTruncatedAndRepairedLines() {
        ParseTally tally = new ParseTally(2, 512);
        LogParser parser = NcsaLogFormat.COMBINED.newParser(new ParserLimits(1024, 8));

        add(tally, parser, GOOD);
        add(tally, parser, GOOD.replace("\"curl\"", "\"curl"));
        add(tally, parser, "junk 1");
        add(tally, parser, "junk 2");
        add(tally, parser, "junk 3");
        add(tally, parser, GOOD.replace("200", "2x0"));

        assertEquals(2, tally.parsedLines());
        assertEquals(4, tally.rejectedLines());
        assertEquals(2, tally.truncatedFields());
        assertEquals(1, tally.repairedLines());
        assertEquals(Map.of(RejectReason.NOT_MATCHING_FORMAT, 3L, RejectReason.BAD_STATUS, 1L), tally.rejections());
        assertEquals(List.of("junk 1", "junk 2"), tally.samples(RejectReason.NOT_MATCHING_FORMAT));
        assertEquals(List.of(), tally.samples(RejectReason.TOO_LONG));
    }

    @Test
    void directivesAreCountedApart() {
        ParseTally tally = new ParseTally(1, 512);

        add(tally, W3cLogFormat.W3C.newParser(), "#Version: 1.0");

        assertEquals(1, tally.directiveLines());
        assertEquals(0, tally.rejectedLines());
    }

    @Test
    void samplesAreCutInCodePointsWithInvalidUtf8Replaced() {
        ParseTally tally = new ParseTally(1, 3);
        byte[] line = {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'a', (byte) 0xFF, 'b', 'c'};
        LogRecord record = new LogRecord();
        NcsaLogFormat.COMBINED.newParser().parse(line, 0, line.length, record);

        tally.add(record, line, 0, line.length);

        assertEquals(List.of("\uD83D\uDE00a\uFFFD"), tally.samples(RejectReason.NOT_MATCHING_FORMAT));
    }

    @Test
    void negativeSampleCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParseTally(-1, 10));
    }
}
