package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NginxFormatCompilerTest {
    private static LogRecord parse(String format, String line) {
        return Lines.parse(NginxFormatCompiler.compile(format).newParser(), line);
    }

    @Test
    void everyListedVariableLandsInItsField() {
        LogRecord r = parse("$remote_addr $remote_user [$time_local] $host:$server_port \"$request\" $status "
                        + "$body_bytes_sent $request_length $request_time $upstream_response_time \"$http_referer\" "
                        + "\"$http_user_agent\" \"$http_x_forwarded_for\" $http_x_request_id",
                "203.0.113.5 bob [01/Nov/2026:23:59:59 -0800] shop.example.org:8443 \"PUT /cart/1?x=%20y HTTP/1.1\" 204 "
                        + "0 1432 0.125 0.012, 0.100 \"-\" \"curl/8.5.0\" \"-\" 3f9c2a");

        assertNull(r.rejectReason());
        assertEquals("203.0.113.5", r.text(TextField.CLIENT_ADDRESS));
        assertEquals("bob", r.text(TextField.USER));
        assertEquals(OffsetDateTime.parse("2026-11-01T23:59:59-08:00"), r.timestamp());
        assertEquals("shop.example.org", r.text(TextField.VIRTUAL_HOST));
        assertEquals(8443, r.serverPort());
        assertEquals("PUT", r.text(TextField.METHOD));
        assertEquals("/cart/1", r.text(TextField.PATH));
        assertEquals("x=%20y", r.text(TextField.QUERY));
        assertEquals(204, r.status());
        assertEquals(0L, r.responseBytes());
        assertEquals(1432L, r.requestBytes());
        assertEquals(125_000L, r.latencyMicros());
        assertEquals(112_000L, r.number(NumericField.UPSTREAM_LATENCY_MICROS));
        assertFalse(r.has(TextField.REFERRER));
        assertEquals("curl/8.5.0", r.text(TextField.USER_AGENT));
        assertFalse(r.has(TextField.FORWARDED_FOR));
        assertEquals("3f9c2a", r.requestHeader("X-Request-Id"));
    }

    @Test
    void isoTimeMsecAndSeparateRequestParts() {
        LogRecord iso = parse("$time_iso8601 $request_method $uri$is_args$args $server_protocol $bytes_sent",
                "2026-11-01T00:00:01+01:00 GET /search?q=nginx HTTP/2.0 812");
        LogRecord msec = parse("$msec $request_uri", "1793491201.123 /a/b?c");

        assertEquals(OffsetDateTime.parse("2026-11-01T00:00:01+01:00"), iso.timestamp());
        assertEquals("GET", iso.text(TextField.METHOD));
        assertEquals("/search", iso.text(TextField.PATH));
        assertEquals("q=nginx", iso.text(TextField.QUERY));
        assertEquals("HTTP/2.0", iso.text(TextField.PROTOCOL));
        assertEquals(812L, iso.responseBytes());
        assertEquals(1_793_491_201L, msec.epochSecond());
        assertEquals("/a/b", msec.text(TextField.PATH));
        assertEquals("c", msec.text(TextField.QUERY));
    }

    @Test
    void hexEscapesOfTheDefaultEscapingAreUndone() {
        LogRecord r = parse("$remote_addr \"$http_user_agent\"", "192.0.2.1 \"say \\x22hi\\x22 caf\\xC3\\xA9\"");

        assertEquals("say \"hi\" caf\u00e9", r.text(TextField.USER_AGENT));
    }

    @Test
    void wholeDirectiveWithJsonEscapingIsAccepted() {
        LogFormat format = NginxFormatCompiler.compile(
                "log_format api escape=json '{\"ip\":\"$remote_addr\",' '\"ua\":\"$http_user_agent\",\"s\":$status}';");

        LogRecord r = Lines.parse(format.newParser(), "{\"ip\":\"192.0.2.1\",\"ua\":\"a \\\"b\\\" \\u00e9\",\"s\":200}");

        assertEquals("a \"b\" \u00e9", r.text(TextField.USER_AGENT));
        assertEquals(200, r.status());
    }

    @Test
    void unknownVariablesAreReadAndIgnored() {
        LogRecord r = parse("$remote_addr $connection ${ssl_protocol}/$status", "192.0.2.1 18 TLSv1.3/200");

        assertEquals(200, r.status());
    }

    @Test
    void dollarWithoutANameIsRefusedWithItsPosition() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class,
                () -> NginxFormatCompiler.compile("$remote_addr $ $status"));

        assertEquals(13, e.position());
        assertEquals("invalid nginx log format at position 13: expected a variable name after '$' in "
                + "\"$remote_addr $ $status\"", e.getMessage());
    }

    @Test
    void unclosedBraceIsRefused() {
        assertThrows(InvalidLogFormatException.class, () -> NginxFormatCompiler.compile("$remote_addr ${status"));
    }

    @Test
    void unknownEscapeParameterIsRefused() {
        assertThrows(InvalidLogFormatException.class,
                () -> NginxFormatCompiler.compile("log_format x escape=xml '$remote_addr';"));
    }
}
