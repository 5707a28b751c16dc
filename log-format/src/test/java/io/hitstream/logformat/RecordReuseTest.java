package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One record read line after line, as a batch reads its lines: nothing of a line is left in it for the next. */
class RecordReuseTest {
    private static final String HEAD = "10.0.0.1 - - [10/Oct/2026:13:55:36 +0000] ";
    private final LogParser parser = ApacheFormatCompiler.compile("%h %l %u %t \"%r\" %>s %b \"%{User-Agent}i\" %v")
            .newParser(new ParserLimits(64 * 1024, 8));
    private final LogRecord record = new LogRecord();

    @Test
    void aFieldOfTheLineBeforeIsAbsentFromALineWithoutIt() {
        parse(HEAD + "\"GET /a?x=1 HTTP/1.1\" 200 5 \"agent\" ex.org");

        parse(HEAD + "\"GET /b HTTP/1.1\" 200 5 \"agent\" ex.org");

        assertEquals("/b", record.text(TextField.PATH));
        assertFalse(record.has(TextField.QUERY));
        assertNull(record.text(TextField.QUERY));
    }

    @Test
    void aFieldCutOnTheLineBeforeIsWholeOnTheNext() {
        parse(HEAD + "\"GET / HTTP/1.1\" 200 5 \"a-long-agent\" ex.org");

        parse(HEAD + "\"GET / HTTP/1.1\" 200 5 \"short\" ex.org");

        assertEquals("short", record.text(TextField.USER_AGENT));
        assertFalse(record.isTruncated(TextField.USER_AGENT));
        assertEquals(0, record.truncatedFieldCount());
    }

    @Test
    void aRejectedLineLeavesNoFieldOfTheLineBefore() {
        parse(HEAD + "\"GET / HTTP/1.1\" 200 5 \"a-long-agent\" ex.org");

        parse("not a line of the format");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, record.rejectReason());
        assertFalse(record.has(TextField.PATH));
        assertFalse(record.isTruncated(TextField.USER_AGENT));
        assertFalse(record.hasStatus());
    }

    @Test
    void aFieldCutIsMarkedCutAndOthersNot() {
        parse(HEAD + "\"GET / HTTP/1.1\" 200 5 \"a-long-agent\" ex.org");

        assertEquals("a-long-a", record.text(TextField.USER_AGENT));
        assertTrue(record.isTruncated(TextField.USER_AGENT));
        assertFalse(record.isTruncated(TextField.VIRTUAL_HOST));
        assertEquals(1, record.truncatedFieldCount());
    }

    @Test
    void anInternedFieldWithTheSameBytesIsTheSameStringOnEveryLine() {
        record.internTextsIn(Set.of(TextField.USER_AGENT));
        parse(HEAD + "\"GET /a HTTP/1.1\" 200 5 \"agent\" ex.org");
        String first = record.text(TextField.USER_AGENT);

        parse("10.9.9.9 - - [10/Oct/2026:13:55:37 +0000] \"GET /b HTTP/1.1\" 404 7 \"agent\" ex.org");

        assertSame(first, record.text(TextField.USER_AGENT));
        assertNotSame(record.text(TextField.METHOD), record.text(TextField.METHOD));
    }

    private void parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        parser.parse(bytes, 0, bytes.length, record);
    }
}
