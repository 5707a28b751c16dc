package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CaddyLogParserTest {
    private static final String ENTRY = "{\"level\":\"info\",\"ts\":1793491201.5241024,\"logger\":\"http.log.access.log0\","
            + "\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"10.0.0.2\",\"remote_port\":\"41342\","
            + "\"client_ip\":\"2001:db8::99\",\"proto\":\"HTTP/2.0\",\"method\":\"GET\",\"host\":\"caddy.example.org\","
            + "\"uri\":\"/docs/caddyfile?lang=de\",\"headers\":{\"User-Agent\":[\"Mozilla/5.0 \\\"quoted\\\" caf\\u00e9\"],"
            + "\"Accept\":[\"*/*\"],\"Referer\":[\"https://caddyserver.com/\"],\"X-Forwarded-For\":[\"81.2.69.142\"]},"
            + "\"tls\":{\"resumed\":false,\"version\":772,\"cipher_suite\":4865,\"proto\":\"h2\"}},"
            + "\"bytes_read\":0,\"user_id\":\"\",\"duration\":0.000929675,\"size\":10900,\"status\":200,"
            + "\"resp_headers\":{\"Server\":[\"Caddy\"],\"Content-Type\":[\"text/html; charset=utf-8\"]}}";

    private final LogParser parser = CaddyLogFormat.JSON.newParser();

    @Test
    void accessEntryHasEveryField() {
        LogRecord r = Lines.parse(parser, ENTRY);

        assertNull(r.rejectReason());
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00:01.524Z"), r.timestamp());
        assertEquals("2001:db8::99", r.text(TextField.CLIENT_ADDRESS));
        assertEquals("HTTP/2.0", r.text(TextField.PROTOCOL));
        assertEquals("GET", r.text(TextField.METHOD));
        assertEquals("caddy.example.org", r.text(TextField.VIRTUAL_HOST));
        assertEquals("/docs/caddyfile", r.text(TextField.PATH));
        assertEquals("lang=de", r.text(TextField.QUERY));
        assertEquals("Mozilla/5.0 \"quoted\" caf\u00e9", r.text(TextField.USER_AGENT));
        assertEquals("https://caddyserver.com/", r.text(TextField.REFERRER));
        assertEquals("81.2.69.142", r.text(TextField.FORWARDED_FOR));
        assertEquals("*/*", r.requestHeader("accept"));
        assertEquals(0L, r.requestBytes());
        assertFalse(r.has(TextField.USER));
        assertEquals(929L, r.latencyMicros());
        assertEquals(10_900L, r.responseBytes());
        assertEquals(200, r.status());
        assertEquals("Caddy", r.responseHeader("Server"));
        assertEquals("text/html; charset=utf-8", r.responseHeader("content-type"));
    }

    @Test
    void isoTimestampAndRemoteIpAlone() {
        LogRecord r = Lines.parse(parser, "{\"ts\":\"2026-11-01T10:00:00.5+01:00\",\"request\":{\"remote_ip\":\"192.0.2.4\","
                + "\"method\":\"HEAD\",\"uri\":\"/\"},\"status\":404}");

        assertEquals(OffsetDateTime.parse("2026-11-01T10:00:00.500+01:00"), r.timestamp());
        assertEquals("192.0.2.4", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(404, r.status());
        assertFalse(r.hasResponseBytes());
    }

    @Test
    void otherLogEntryIsNotAnAccessLine() {
        LogRecord r = Lines.parse(parser, "{\"level\":\"info\",\"ts\":1793491201.5,\"msg\":\"serving initial configuration\"}");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, r.rejectReason());
    }

    @Test
    void entryCutOffIsTruncated() {
        LogRecord r = Lines.parse(parser, ENTRY.substring(0, 200));

        assertEquals(RejectReason.TRUNCATED, r.rejectReason());
    }

    @Test
    void entryWithoutTimestampIsBadTimestamp() {
        LogRecord r = Lines.parse(parser, "{\"request\":{\"uri\":\"/\"},\"status\":200}");

        assertEquals(RejectReason.BAD_TIMESTAMP, r.rejectReason());
    }

    @Test
    void lineOfJsonWhitespaceDoesNotMatch() {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT, Lines.parse(parser, " \n\r\t").rejectReason());
    }

    @Test
    void nonJsonLineDoesNotMatch() {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT, Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000]").rejectReason());
    }
}
