package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** logres' clean-up: stray quotes repaired where the line allows one reading, long fields cut and counted. */
class BadInputTest {
    private static final String HEAD = "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] ";
    private final LogParser combined = NcsaLogFormat.COMBINED.newParser();

    @Test
    void strayQuotesInTheLastFieldAreRepaired() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"-\" \"Mozilla \"Foo\" bar\"");

        assertNull(r.rejectReason());
        assertTrue(r.quoteRepaired());
        assertEquals("Mozilla \"Foo\" bar", r.text(TextField.USER_AGENT));
    }

    @Test
    void strayQuoteInAMiddleFieldIsRepairedWhenOnlyOneQuoteFitsTheRest() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"http://example.org/?q=\"x\" \"curl/8\"");

        assertTrue(r.quoteRepaired());
        assertEquals("http://example.org/?q=\"x", r.text(TextField.REFERRER));
        assertEquals("curl/8", r.text(TextField.USER_AGENT));
    }

    @Test
    void unescapedQuoteInTheRequestIsRepaired() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET /a\"b HTTP/1.1\" 200 5 \"-\" \"curl/8\"");

        assertTrue(r.quoteRepaired());
        assertEquals("/a\"b", r.text(TextField.PATH));
        assertEquals(200, r.status());
    }

    @Test
    void lastFieldWithoutItsClosingQuoteRunsToTheEndOfTheLine() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"-\" \"Mozilla/5.0 (X11; Linux");

        assertNull(r.rejectReason());
        assertTrue(r.quoteRepaired());
        assertEquals("Mozilla/5.0 (X11; Linux", r.text(TextField.USER_AGENT));
    }

    @Test
    void strayQuotesWithTwoPossibleReadingsAreNotGuessed() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"a\"x\" \"b\" \"c\"");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, r.rejectReason());
    }

    @Test
    void repairThatLeavesTheRestUnreadableIsNotMatchingFormat() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET /a\"b HTTP/1.1\" 2x0 5 \"-\" \"c\"");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, r.rejectReason());
    }

    @Test
    void parsedLineWithoutStrayQuotesIsNotMarkedRepaired() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"-\" \"a \\\"b\\\"\"");

        assertFalse(r.quoteRepaired());
    }

    @Test
    void fieldOverTheDefaultLimitIsCutTo4KiBAndCounted() {
        String agent = "A".repeat(5000);

        LogRecord r = Lines.parse(combined, HEAD + "\"GET / HTTP/1.1\" 200 5 \"-\" \"" + agent + "\"");

        assertNull(r.rejectReason());
        assertEquals("A".repeat(4096), r.text(TextField.USER_AGENT));
        assertTrue(r.isTruncated(TextField.USER_AGENT));
        assertFalse(r.isTruncated(TextField.PATH));
        assertEquals(1, r.truncatedFieldCount());
    }

    @Test
    void fieldIsCutBeforeAUtf8SequenceThatCrossesTheLimit() {
        LogParser limited = NcsaLogFormat.COMBINED.newParser(new ParserLimits(64 * 1024, 10));

        LogRecord r = Lines.parse(limited, HEAD + "\"GET /abcdefgh\u00e9\u00e9 HTTP/1.1\" 200 5 \"-\" \"short\"");

        assertEquals("/abcdefgh", r.text(TextField.PATH));
        assertTrue(r.isTruncated(TextField.PATH));
        assertEquals("short", r.text(TextField.USER_AGENT));
    }

    @Test
    void truncatedHeadersAreCountedToo() {
        LogParser limited = ApacheFormatCompiler.compile("%h \"%{Cookie}i\" \"%{User-Agent}i\"").newParser(new ParserLimits(1000, 4));

        LogRecord r = Lines.parse(limited, "192.0.2.1 \"session=abcdef\" \"curl/8.5\"");

        assertEquals("sess", r.requestHeader("Cookie"));
        assertTrue(r.isHeaderTruncated(0));
        assertEquals("curl", r.text(TextField.USER_AGENT));
        assertEquals("192.", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(3, r.truncatedFieldCount());
    }

    @Test
    void invalidUtf8IsReplacedInHeadersAndJson() {
        byte[] apache = (HEAD + "\"GET / HTTP/1.1\" 200 5 \"-\" \"x\u00ff\"").getBytes(StandardCharsets.ISO_8859_1);
        byte[] caddy = "{\"ts\":1,\"request\":{\"uri\":\"/\u00ff\"},\"status\":200}".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("x\ufffd", Lines.parse(combined, apache).text(TextField.USER_AGENT));
        assertEquals("/\ufffd", Lines.parse(CaddyLogFormat.JSON.newParser(), caddy).text(TextField.PATH));
    }

    @Test
    void nulBytesAndControlCharactersDoNotStopTheParser() {
        LogRecord r = Lines.parse(combined, HEAD + "\"GET /\u0000\u0007 HTTP/1.1\" 200 5 \"-\" \"\u001b[31m\"");

        assertEquals("/\u0000\u0007", r.text(TextField.PATH));
        assertEquals("\u001b[31m", r.text(TextField.USER_AGENT));
    }
}
