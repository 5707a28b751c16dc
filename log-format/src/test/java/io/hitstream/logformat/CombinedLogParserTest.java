package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CombinedLogParserTest {
    private final LogParser parser = NcsaLogFormat.COMBINED.newParser();

    @Test
    void apacheDocumentationLineHasEveryField() {
        LogRecord r = Lines.parse(parser, "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "
                + "\"GET /apache_pb.gif HTTP/1.0\" 200 2326 \"http://www.example.com/start.html\" "
                + "\"Mozilla/4.08 [en] (Win98; I ;Nav)\"");

        assertNull(r.rejectReason());
        assertEquals("127.0.0.1", r.text(TextField.CLIENT_ADDRESS));
        assertFalse(r.has(TextField.IDENT));
        assertEquals("frank", r.text(TextField.USER));
        assertEquals(971_211_336L, r.epochSecond());
        assertEquals(-7 * 3600, r.utcOffsetSeconds());
        assertEquals(OffsetDateTime.parse("2000-10-10T13:55:36-07:00"), r.timestamp());
        assertEquals("GET", r.text(TextField.METHOD));
        assertEquals("/apache_pb.gif", r.text(TextField.PATH));
        assertFalse(r.has(TextField.QUERY));
        assertEquals("HTTP/1.0", r.text(TextField.PROTOCOL));
        assertEquals(200, r.status());
        assertTrue(r.hasResponseBytes());
        assertEquals(2326L, r.responseBytes());
        assertEquals("http://www.example.com/start.html", r.text(TextField.REFERRER));
        assertEquals("Mozilla/4.08 [en] (Win98; I ;Nav)", r.text(TextField.USER_AGENT));
    }

    @Test
    void ipv6ClientWithQueryDashSizeAndDashReferrer() {
        LogRecord r = Lines.parse(parser, "2001:db8::5:1 - - [01/Nov/2026:00:00:01 +0000] "
                + "\"GET /search?q=a+b&page=2?x HTTP/2.0\" 304 - \"-\" \"curl/8.5.0\"");

        assertEquals("2001:db8::5:1", r.text(TextField.CLIENT_ADDRESS));
        assertFalse(r.has(TextField.USER));
        assertEquals(1_793_491_201L, r.epochSecond());
        assertEquals(0, r.utcOffsetSeconds());
        assertEquals("/search", r.text(TextField.PATH));
        assertEquals("q=a+b&page=2?x", r.text(TextField.QUERY));
        assertEquals(304, r.status());
        assertFalse(r.hasResponseBytes());
        assertFalse(r.has(TextField.REFERRER));
        assertEquals("curl/8.5.0", r.text(TextField.USER_AGENT));
    }

    @Test
    void positiveHalfHourZoneGivesTheInstantAndTheOffset() {
        LogRecord r = Lines.parse(parser, "203.0.113.9 - - [15/Mar/2026:09:30:00 +0530] "
                + "\"POST /api/orders HTTP/1.1\" 201 0 \"-\" \"-\"");

        assertEquals(1_773_547_200L, r.epochSecond());
        assertEquals(5 * 3600 + 30 * 60, r.utcOffsetSeconds());
        assertEquals(OffsetDateTime.parse("2026-03-15T09:30:00+05:30"), r.timestamp());
        assertEquals("POST", r.text(TextField.METHOD));
        assertEquals(0L, r.responseBytes());
        assertTrue(r.hasResponseBytes());
        assertFalse(r.has(TextField.USER_AGENT));
    }

    @Test
    void escapedQuotesAndBackslashesInUserAgentAreUndone() {
        LogRecord r = Lines.parse(parser, "198.51.100.7 - - [29/Feb/2024:23:59:59 +0000] \"GET / HTTP/1.1\" 200 512 "
                + "\"https://example.org/?a=\\\"b\\\"\" \"Mozilla/5.0 \\\"quoted\\\" \\x22hex\\x22 back\\\\slash\"");

        assertEquals(1_709_251_199L, r.epochSecond());
        assertEquals("/", r.text(TextField.PATH));
        assertEquals("https://example.org/?a=\"b\"", r.text(TextField.REFERRER));
        assertEquals("Mozilla/5.0 \"quoted\" \"hex\" back\\slash", r.text(TextField.USER_AGENT));
    }

    @Test
    void requestTargetWithSpacesKeepsThemInThePath() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] "
                + "\"GET /a b/c?d e HTTP/1.1\" 404 12 \"-\" \"x\"");

        assertEquals("/a b/c", r.text(TextField.PATH));
        assertEquals("d e", r.text(TextField.QUERY));
        assertEquals("HTTP/1.1", r.text(TextField.PROTOCOL));
    }

    @Test
    void emptyQueryIsPresentAndEmpty() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /x? HTTP/1.1\" 200 1 \"-\" \"x\"");

        assertEquals("/x", r.text(TextField.PATH));
        assertEquals("", r.text(TextField.QUERY));
    }

    @Test
    void requestWithoutProtocolIsHttp09() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /old\" 200 1 \"-\" \"x\"");

        assertEquals("/old", r.text(TextField.PATH));
        assertFalse(r.has(TextField.PROTOCOL));
    }

    @Test
    void dashRequestOfATimedOutConnectionLeavesRequestFieldsAbsent() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"-\" 408 - \"-\" \"-\"");

        assertNull(r.rejectReason());
        assertEquals(408, r.status());
        assertFalse(r.has(TextField.METHOD));
        assertFalse(r.has(TextField.PATH));
        assertFalse(r.has(TextField.PROTOCOL));
    }

    @Test
    void trailingCarriageReturnIsIgnored() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"agent\"\r");

        assertEquals("agent", r.text(TextField.USER_AGENT));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        byte[] line = ("192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /caf\u00e9 HTTP/1.1\" 200 1 \"-\" \"bad \u0000\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        line[line.length - 2] = (byte) 0xff;

        LogRecord r = Lines.parse(parser, line);

        assertEquals("/caf\ufffd", r.text(TextField.PATH));
        assertEquals("bad \ufffd", r.text(TextField.USER_AGENT));
    }

    @Test
    void recordIsClearedBetweenLines() {
        LogRecord r = new LogRecord();
        byte[] first = "192.0.2.1 - u [01/Jan/2026:00:00:00 +0000] \"GET /?q HTTP/1.1\" 200 5 \"r\" \"a\""
                .getBytes(StandardCharsets.US_ASCII);
        byte[] second = "192.0.2.2 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 - \"-\" \"-\""
                .getBytes(StandardCharsets.US_ASCII);

        parser.parse(first, 0, first.length, r);
        parser.parse(second, 0, second.length, r);

        assertEquals("192.0.2.2", r.text(TextField.CLIENT_ADDRESS));
        assertFalse(r.has(TextField.USER));
        assertFalse(r.has(TextField.QUERY));
        assertFalse(r.hasResponseBytes());
        assertFalse(r.has(TextField.REFERRER));
        assertFalse(r.has(TextField.USER_AGENT));
    }
}
