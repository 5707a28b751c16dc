package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionTest {
    private static final String PREFIX = "192.0.2.1 - - ";
    private static final String TIME = "[01/Jan/2026:00:00:00 +0000]";
    private final LogParser parser = NcsaLogFormat.COMBINED.newParser();

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t \r"})
    void blankLineIsEmpty(String line) {
        assertEquals(RejectReason.EMPTY, reasonOf(line));
    }

    @Test
    void lineOverTheDefaultLimitIsTooLong() {
        String line = PREFIX + TIME + " \"GET /" + "a".repeat(64 * 1024) + " HTTP/1.1\" 200 1 \"-\" \"-\"";

        assertEquals(RejectReason.TOO_LONG, reasonOf(line));
    }

    @Test
    void lineOverAConfiguredLimitIsTooLong() {
        LogParser limited = NcsaLogFormat.COMBINED.newParser(new ParserLimits(60));
        String line = PREFIX + TIME + " \"GET /index.html HTTP/1.1\" 200 1 \"-\" \"-\"";

        assertEquals(RejectReason.TOO_LONG, Lines.parse(limited, line).rejectReason());
    }

    @Test
    void rejectedRecordHoldsNoFields() {
        LogRecord r = Lines.parse(parser, PREFIX + TIME + " \"GET / HTTP/1.1\" 2x0 1 \"-\" \"-\"");

        assertFalse(r.has(TextField.CLIENT_ADDRESS));
        assertFalse(r.hasTimestamp());
        assertNull(r.timestamp());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hello world",
        "192.0.2.1",
        "192.0.2.1 - - 01/Jan/2026:00:00:00 +0000 \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000 \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
        "192.0.2.1  - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1 200 1 \"-\" \"-\"",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\" extra"
    })
    void lineOfAnotherShapeIsNotMatchingFormat(String line) {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT, reasonOf(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000]",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /index.ht",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\"",
        "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" "
    })
    void lineCutOffAfterValidFieldsIsTruncated(String line) {
        assertEquals(RejectReason.TRUNCATED, reasonOf(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[32/Jan/2026:00:00:00 +0000]",
        "[29/Feb/2025:00:00:00 +0000]",
        "[31/Apr/2026:00:00:00 +0000]",
        "[01/jan/2026:00:00:00 +0000]",
        "[01/Foo/2026:00:00:00 +0000]",
        "[01/Jan/2026:24:00:00 +0000]",
        "[01/Jan/2026:00:60:00 +0000]",
        "[01/Jan/2026:00:00:60 +0000]",
        "[01/Jan/2026:00:00:00 +1900]",
        "[01/Jan/2026:00:00:00 +0060]",
        "[01/Jan/2026:00:00:00 0000]",
        "[1/Jan/2026:00:00:00 +0000]",
        "[01/Jan/2026 00:00:00 +0000]",
        "[01/Jan/2026:00:00:00]",
        "[]"
    })
    void invalidTimestampIsBadTimestamp(String time) {
        assertEquals(RejectReason.BAD_TIMESTAMP, reasonOf(PREFIX + time + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "GET",
        "GET ",
        "GET  /",
        " GET /",
        "GET /a b",
        "GET / HTTP/1.1 ",
        "\\x16\\x03\\x01\\x02\\x00\\x01",
        "G\\\"T / HTTP/1.1"
    })
    void requestThatIsNotMethodTargetProtocolIsBadRequestLine(String request) {
        assertEquals(RejectReason.BAD_REQUEST_LINE, reasonOf(PREFIX + TIME + " \"" + request + "\" 400 1 \"-\" \"-\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "20", "2000", "2x0", "abc", ""})
    void statusThatIsNotThreeDigitsIsBadStatus(String status) {
        assertEquals(RejectReason.BAD_STATUS, reasonOf(PREFIX + TIME + " \"GET / HTTP/1.1\" " + status + " 1 \"-\" \"-\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "-1", "--", "", "1234567890123456789"})
    void sizeThatIsNeitherDigitsNorDashIsBadSize(String size) {
        assertEquals(RejectReason.BAD_SIZE, reasonOf(PREFIX + TIME + " \"GET / HTTP/1.1\" 200 " + size + " \"-\" \"-\""));
    }

    @Test
    void reasonCodesAreTheReportedNames() {
        assertEquals("empty", RejectReason.EMPTY.code());
        assertEquals("too_long", RejectReason.TOO_LONG.code());
        assertEquals("truncated", RejectReason.TRUNCATED.code());
        assertEquals("not_matching_format", RejectReason.NOT_MATCHING_FORMAT.code());
        assertEquals("bad_timestamp", RejectReason.BAD_TIMESTAMP.code());
        assertEquals("bad_request_line", RejectReason.BAD_REQUEST_LINE.code());
        assertEquals("bad_status", RejectReason.BAD_STATUS.code());
        assertEquals("bad_size", RejectReason.BAD_SIZE.code());
        assertEquals("bad_number", RejectReason.BAD_NUMBER.code());
        assertEquals("directive", RejectReason.DIRECTIVE.code());
        assertEquals("parser_fault", RejectReason.PARSER_FAULT.code());
    }

    private RejectReason reasonOf(String line) {
        return Lines.parse(parser, line).rejectReason();
    }
}
