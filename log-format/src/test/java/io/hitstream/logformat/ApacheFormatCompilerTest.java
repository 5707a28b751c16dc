package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ApacheFormatCompilerTest {
    private static LogRecord parse(String format, String line) {
        return Lines.parse(ApacheFormatCompiler.compile(format).newParser(), line);
    }

    @Test
    void everyCommonDirectiveLandsInItsField() {
        LogRecord r = parse("%v %p %a %l %u %t \"%r\" %>s %b %I %O %D \"%{Referer}i\" \"%{User-Agent}i\" \"%{X-Forwarded-For}i\"",
                "www.example.org 443 2001:db8::7 - alice [15/Mar/2026:09:30:00 +0530] \"GET /shop/cart?id=7 HTTP/2.0\" "
                        + "200 5120 731 5409 18342 \"https://www.example.org/\" \"Mozilla/5.0 (X11; Linux x86_64)\" "
                        + "\"81.2.69.142, 10.0.0.3\"");

        assertNull(r.rejectReason());
        assertEquals("www.example.org", r.text(TextField.VIRTUAL_HOST));
        assertEquals(443, r.serverPort());
        assertEquals("2001:db8::7", r.text(TextField.CLIENT_ADDRESS));
        assertFalse(r.has(TextField.IDENT));
        assertEquals("alice", r.text(TextField.USER));
        assertEquals(OffsetDateTime.parse("2026-03-15T09:30:00+05:30"), r.timestamp());
        assertEquals("GET", r.text(TextField.METHOD));
        assertEquals("/shop/cart", r.text(TextField.PATH));
        assertEquals("id=7", r.text(TextField.QUERY));
        assertEquals("HTTP/2.0", r.text(TextField.PROTOCOL));
        assertEquals(200, r.status());
        assertEquals(5120L, r.responseBytes());
        assertEquals(731L, r.requestBytes());
        assertEquals(18_342L, r.latencyMicros());
        assertEquals("https://www.example.org/", r.text(TextField.REFERRER));
        assertEquals("Mozilla/5.0 (X11; Linux x86_64)", r.text(TextField.USER_AGENT));
        assertEquals("81.2.69.142, 10.0.0.3", r.text(TextField.FORWARDED_FOR));
        assertEquals("81.2.69.142, 10.0.0.3", r.requestHeader("x-forwarded-for"));
    }

    @Test
    void timeTakenUnitsAreNormalisedToMicroseconds() {
        assertEquals(2_000_000L, parse("%h %T", "192.0.2.1 2").latencyMicros());
        assertEquals(2_000_000L, parse("%h %{s}T", "192.0.2.1 2").latencyMicros());
        assertEquals(37_000L, parse("%h %{ms}T", "192.0.2.1 37").latencyMicros());
        assertEquals(37L, parse("%h %{us}T", "192.0.2.1 37").latencyMicros());
        assertEquals(37L, parse("%h %D", "192.0.2.1 37").latencyMicros());
    }

    @Test
    void strftimeTimestampWithoutZoneIsInTheLocalZoneOption() {
        LogFormat format = ApacheFormatCompiler.compile("[%{%Y-%m-%d %H:%M:%S}t] %h \"%r\" %>s");
        ParserOptions options = ParserOptions.DEFAULTS.withLocalTimeZone(ZoneId.of("Europe/Berlin"));
        String line = "[2026-07-01 12:00:00] 192.0.2.1 \"GET / HTTP/1.1\" 200";

        LogRecord inUtc = Lines.parse(format.newParser(), line);
        LogRecord inBerlin = Lines.parse(format.newParser(options), line);

        assertEquals(OffsetDateTime.parse("2026-07-01T12:00:00Z"), inUtc.timestamp());
        assertEquals(OffsetDateTime.parse("2026-07-01T12:00:00+02:00"), inBerlin.timestamp());
    }

    @Test
    void strftimeWithNamesOffsetAndSplitMillisecondsFormsOneTimestamp() {
        LogRecord r = parse("%{%a, %d %B %Y %H:%M:%S}t.%{msec_frac}t %{%z}t %h",
                "Sun, 15 March 2026 09:30:00.250 -0430 192.0.2.1");

        assertEquals(OffsetDateTime.parse("2026-03-15T09:30:00.250-04:30"), r.timestamp());
    }

    @Test
    void epochTimestampsAreUtc() {
        assertEquals(1_793_491_201L, parse("%{sec}t %h", "1793491201 192.0.2.1").epochSecond());
        assertEquals(1_793_491_201L, parse("%{msec}t %h", "1793491201999 192.0.2.1").epochSecond());
        assertEquals(1_793_491_201L, parse("%{end:usec}t %h", "1793491201999999 192.0.2.1").epochSecond());
        assertEquals(0, parse("%{sec}t %h", "1793491201 192.0.2.1").utcOffsetSeconds());
    }

    @Test
    void pathAndQueryDirectivesOnlyFillWhatTheRequestLineLeaves() {
        LogRecord alone = parse("%h %m %U%q %H", "192.0.2.1 POST /api/v1/items?page=2 HTTP/1.1");
        LogRecord withRequest = parse("%h \"%r\" %U", "192.0.2.1 \"GET /a?b=1 HTTP/1.1\" /index.php");

        assertEquals("POST", alone.text(TextField.METHOD));
        assertEquals("/api/v1/items", alone.text(TextField.PATH));
        assertEquals("page=2", alone.text(TextField.QUERY));
        assertEquals("HTTP/1.1", alone.text(TextField.PROTOCOL));
        assertEquals("/a", withRequest.text(TextField.PATH));
        assertEquals("b=1", withRequest.text(TextField.QUERY));
    }

    @Test
    void emptyQueryDirectiveLeavesTheQueryAbsent() {
        LogRecord r = parse("%h %U%q %>s", "192.0.2.1 /index.html 200");

        assertEquals("/index.html", r.text(TextField.PATH));
        assertFalse(r.has(TextField.QUERY));
    }

    @Test
    void finalStatusWinsOverTheOriginalOne() {
        LogRecord r = parse("%h %s %>s", "192.0.2.1 302 200");

        assertEquals(200, r.status());
    }

    @Test
    void clientIpWinsOverRemoteHostName() {
        LogRecord r = parse("%h %a", "client.example.net 192.0.2.44");

        assertEquals("192.0.2.44", r.text(TextField.CLIENT_ADDRESS));
    }

    @Test
    void arbitraryRequestAndResponseHeadersAreKeptByName() {
        LogRecord r = parse("%h \"%{Accept-Language}i\" \"%{Content-Type}o\" %{X-Request-Id}i",
                "192.0.2.1 \"de-CH, en;q=0.5\" \"text/html; charset=utf-8\" -");

        assertEquals("de-CH, en;q=0.5", r.requestHeader("accept-language"));
        assertEquals("text/html; charset=utf-8", r.responseHeader("Content-Type"));
        assertNull(r.requestHeader("X-Request-Id"));
        assertNull(r.responseHeader("Accept-Language"));
        assertEquals(2, r.headerCount());
        assertEquals("Accept-Language", r.headerName(0));
        assertTrue(r.isRequestHeader(0));
        assertFalse(r.isRequestHeader(1));
    }

    @Test
    void ignoredDirectivesAreReadButNotKept() {
        LogRecord r = parse("%h %P %{cookie}C %k %X %>s", "192.0.2.1 4242 abc=1 0 + 200");

        assertEquals(200, r.status());
        assertEquals(0, r.headerCount());
    }

    @Test
    void conditionsAndEscapesOfHttpdConfAreUnderstood() {
        LogRecord r = parse("%h %!200,304{Referer}i \\\"%r\\\" %%%>s", "192.0.2.1 - \"GET / HTTP/1.1\" %404");

        assertEquals(404, r.status());
        assertEquals("/", r.text(TextField.PATH));
    }

    @Test
    void wholeLogFormatLineIsAccepted() {
        LogFormat format = ApacheFormatCompiler.compile("LogFormat \"%h %l %u %t \\\"%r\\\" %>s %b\" common");

        LogRecord r = Lines.parse(format.newParser(), "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 5");

        assertEquals(5L, r.responseBytes());
    }

    @Test
    void unknownDirectiveIsRefusedWithItsPosition() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class,
                () -> ApacheFormatCompiler.compile("%h %l %Z"));

        assertEquals(6, e.position());
        assertEquals("invalid Apache log format at position 6: unknown directive %Z in \"%h %l %Z\"", e.getMessage());
    }

    @Test
    void unclosedBraceIsRefused() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class,
                () -> ApacheFormatCompiler.compile("%h %{User-Agent"));

        assertEquals("invalid Apache log format at position 4: '{' is never closed in \"%h %{User-Agent\"", e.getMessage());
    }

    @Test
    void headerDirectiveWithoutANameIsRefused() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("%h %i"));

        assertEquals(3, e.position());
    }

    @Test
    void adjacentFieldsThatCannotBeSplitAreRefused() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("%h%u"));

        assertEquals("invalid Apache log format at position 2: cannot tell where %h ends and %u starts: "
                + "put a separator between them in \"%h%u\"", e.getMessage());
    }

    @Test
    void unsupportedStrftimeConversionIsRefused() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class,
                () -> ApacheFormatCompiler.compile("%h %{%Y %G}t"));

        assertEquals("invalid Apache log format at position 3: unsupported strftime conversion %G in time format "
                + "\"%Y %G\" in \"%h %{%Y %G}t\"", e.getMessage());
    }

    @Test
    void formatEndingInsideADirectiveIsRefused() {
        assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("%h %>"));
        assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("%h %"));
    }

    @Test
    void formatWithoutDirectivesIsRefused() {
        assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("just text"));
    }

    @Test
    void unknownTimeUnitIsRefused() {
        assertThrows(InvalidLogFormatException.class, () -> ApacheFormatCompiler.compile("%h %{min}T"));
    }
}
