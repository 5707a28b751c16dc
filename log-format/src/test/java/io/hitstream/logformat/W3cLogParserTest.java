package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class W3cLogParserTest {
    private static final String FILE = String.join("\n",
            "#Software: Microsoft Internet Information Services 10.0",
            "#Version: 1.0",
            "#Date: 2026-11-03 00:00:00",
            "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                    + "cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
            "2026-11-03 00:00:07 10.0.0.4 GET /default.aspx lang=en 443 - 81.2.69.142 "
                    + "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://www.bing.com/ 200 0 0 187",
            "2026-11-03 00:00:09 10.0.0.4 POST /api/orders - 443 CONTOSO\\jdoe 2001:db8::42 - - 500 19 0 2031",
            "#Software: Microsoft Internet Information Services 10.0",
            "#Fields: date time c-ip cs-method cs-uri-stem sc-status sc-bytes cs-bytes cs-host cs(X-Forwarded-For) time-taken",
            "2026-11-03 14:30:00 10.0.0.9 GET /images/logo.png 200 5120 412 www.contoso.com 81.2.69.160 0.015",
            "");

    private final List<LogRecord> records = new ArrayList<>();
    private final List<Boolean> parsed = new ArrayList<>();

    private void parseFile(LogParser parser) {
        byte[] buf = FILE.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i < buf.length; i++) {
            if (buf[i] == '\n') {
                LogRecord record = new LogRecord();
                parsed.add(parser.parse(buf, start, i, record));
                records.add(record);
                start = i + 1;
            }
        }
    }

    @Test
    void directivesAreReadNotCounted() {
        parseFile(W3cLogFormat.W3C.newParser());

        assertEquals(List.of(false, false, false, false, true, true, false, false, true), parsed);
        assertEquals(RejectReason.DIRECTIVE, records.get(0).rejectReason());
        assertEquals(RejectReason.DIRECTIVE, records.get(3).rejectReason());
        assertFalse(RejectReason.DIRECTIVE.isRejection());
    }

    @Test
    void dataLinesAreReadByTheFieldsBeforeThem() {
        parseFile(W3cLogFormat.W3C.newParser());
        LogRecord first = records.get(4);
        LogRecord second = records.get(5);

        assertEquals(OffsetDateTime.parse("2026-11-03T00:00:07Z"), first.timestamp());
        assertEquals("GET", first.text(TextField.METHOD));
        assertEquals("/default.aspx", first.text(TextField.PATH));
        assertEquals("lang=en", first.text(TextField.QUERY));
        assertEquals(443, first.serverPort());
        assertFalse(first.has(TextField.USER));
        assertEquals("81.2.69.142", first.text(TextField.CLIENT_ADDRESS));
        assertEquals("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", first.text(TextField.USER_AGENT));
        assertEquals("https://www.bing.com/", first.text(TextField.REFERRER));
        assertEquals(200, first.status());
        assertEquals(187_000L, first.latencyMicros());
        assertFalse(first.hasResponseBytes());
        assertEquals("CONTOSO\\jdoe", second.text(TextField.USER));
        assertEquals("2001:db8::42", second.text(TextField.CLIENT_ADDRESS));
        assertFalse(second.has(TextField.QUERY));
        assertFalse(second.has(TextField.USER_AGENT));
        assertEquals(500, second.status());
    }

    @Test
    void newFieldsDirectiveMidFileChangesTheColumns() {
        parseFile(W3cLogFormat.W3C.newParser());
        LogRecord r = records.get(8);

        assertNull(r.rejectReason());
        assertEquals(OffsetDateTime.parse("2026-11-03T14:30:00Z"), r.timestamp());
        assertEquals("10.0.0.9", r.text(TextField.CLIENT_ADDRESS));
        assertEquals("/images/logo.png", r.text(TextField.PATH));
        assertEquals(5120L, r.responseBytes());
        assertEquals(412L, r.requestBytes());
        assertEquals("www.contoso.com", r.text(TextField.VIRTUAL_HOST));
        assertEquals("81.2.69.160", r.text(TextField.FORWARDED_FOR));
        assertEquals(15_000L, r.latencyMicros());
    }

    @Test
    void firstPublicForwardedAddressCanBeTheClient() {
        parseFile(W3cLogFormat.W3C.newParser(
                ParserOptions.DEFAULTS.withClientAddress(ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR)));

        assertEquals("81.2.69.160", records.get(8).text(TextField.CLIENT_ADDRESS));
    }

    @Test
    void lineWithOtherColumnCountDoesNotMatch() {
        LogRecord r = Lines.parse(W3cLogFormat.W3C.newParser(), "2026-11-03 00:00:07 10.0.0.4 GET /default.aspx");

        assertEquals(RejectReason.TRUNCATED, r.rejectReason());
    }

    @Test
    void invalidDateIsBadTimestamp() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip sc-status").newParser(),
                "2026-02-30 00:00:07 10.0.0.4 200");

        assertEquals(RejectReason.BAD_TIMESTAMP, r.rejectReason());
    }

    @Test
    void formatFromAFieldsLineReadsItsColumns() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs-uri sc-status").newParser(),
                "2026-11-03 23:59:59.123 192.0.2.8 /a/b?c=d 404");

        assertEquals(OffsetDateTime.parse("2026-11-03T23:59:59.123Z"), r.timestamp());
        assertEquals("/a/b", r.text(TextField.PATH));
        assertEquals("c=d", r.text(TextField.QUERY));
        assertEquals(404, r.status());
    }

    @Test
    void quotedStringWithSpacesIsOneColumn() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs(User-Agent) cs-uri-stem sc-status").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" /a 200");

        assertNull(r.rejectReason());
        assertEquals("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", r.text(TextField.USER_AGENT));
        assertEquals("/a", r.text(TextField.PATH));
        assertEquals(200, r.status());
    }

    @Test
    void doubledQuoteInsideAQuotedStringIsOneQuote() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs(Referer) sc-status").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 \"https://example.org/?q=\"\"a b\"\"\" 200");

        assertEquals("https://example.org/?q=\"a b\"", r.text(TextField.REFERRER));
        assertEquals(200, r.status());
    }

    @Test
    void quotedStringKeepsItsPlusSigns() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs(User-Agent) sc-status").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 \"curl/8.5.0 +extra\" 200");

        assertEquals("curl/8.5.0 +extra", r.text(TextField.USER_AGENT));
    }

    @Test
    void quotedStringCanBeTheLastColumn() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip sc-status cs(User-Agent)").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 200 \"Mozilla/5.0 \"\"x\"\"\"");

        assertEquals("Mozilla/5.0 \"x\"", r.text(TextField.USER_AGENT));
    }

    @Test
    void emptyQuotedStringIsAbsent() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs-username sc-status").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 \"\" 200");

        assertNull(r.rejectReason());
        assertFalse(r.has(TextField.USER));
        assertEquals(200, r.status());
    }

    @Test
    void unclosedQuoteDoesNotMatch() {
        LogRecord r = Lines.parse(W3cLogFormat.withFields("#Fields: date time c-ip cs(User-Agent) sc-status").newParser(),
                "2026-11-03 10:00:00 192.0.2.8 \"Mozilla/5.0 (X11; Linux) 200");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, r.rejectReason());
    }
}
