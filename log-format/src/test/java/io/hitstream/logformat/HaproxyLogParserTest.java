package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HaproxyLogParserTest {
    private final LogParser parser = HaproxyLogFormat.HTTP.newParser();

    @Test
    void syslogLineWithCapturesHasEveryField() {
        LogRecord r = Lines.parse(parser, "Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 "
                + "[06/Feb/2026:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 "
                + "{1wt.eu} {} \"GET /index.html?v=2 HTTP/1.1\"");

        assertNull(r.rejectReason());
        assertEquals("10.0.1.2", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(OffsetDateTime.parse("2026-02-06T12:14:14.655Z"), r.timestamp());
        assertEquals(109_000L, r.latencyMicros());
        assertEquals(200, r.status());
        assertEquals(2750L, r.responseBytes());
        assertEquals("GET", r.text(TextField.METHOD));
        assertEquals("/index.html", r.text(TextField.PATH));
        assertEquals("v=2", r.text(TextField.QUERY));
        assertEquals("HTTP/1.1", r.text(TextField.PROTOCOL));
    }

    @Test
    void rawLineWithIpv6ClientAndNoCaptures() {
        LogRecord r = Lines.parse(parser, "2001:db8::17:51234 [06/Feb/2026:12:14:15.001] fe~ be/web2 0/0/1/2/+3 304 +181 "
                + "- - ---- 3/3/0/0/0 0/0 \"GET https://shop.example.org/cart HTTP/2.0\"");

        assertEquals("2001:db8::17", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(3000L, r.latencyMicros());
        assertEquals(304, r.status());
        assertEquals(181L, r.responseBytes());
        assertEquals("shop.example.org", r.text(TextField.VIRTUAL_HOST));
        assertEquals("/cart", r.text(TextField.PATH));
    }

    @Test
    void acceptDateIsInTheLocalTimeZoneOption() {
        LogParser berlin = HaproxyLogFormat.HTTP.newParser(ParserOptions.DEFAULTS.withLocalTimeZone(ZoneId.of("Europe/Berlin")));

        LogRecord r = Lines.parse(berlin, "10.0.1.2:1 [06/Feb/2026:12:14:14.655] fe be/s 1/0/0/1/2 200 1 - - ---- 0/0/0/0/0 0/0 \"GET / HTTP/1.1\"");

        assertEquals(OffsetDateTime.parse("2026-02-06T12:14:14.655+01:00"), r.timestamp());
    }

    @Test
    void abortedRequestHasNoStatusNorLatency() {
        LogRecord r = Lines.parse(parser, "10.0.1.2:33318 [06/Feb/2026:12:14:16.000] http-in http-in/<NOSRV> -1/-1/-1/-1/-1 -1 0 "
                + "- - CR-- 2/2/0/0/0 0/0 \"<BADREQ>\"");

        assertNull(r.rejectReason());
        assertFalse(r.hasStatus());
        assertFalse(r.hasLatency());
        assertEquals(0L, r.responseBytes());
        assertFalse(r.has(TextField.METHOD));
    }

    @Test
    void requestCutOffByHaproxyIsRepaired() {
        LogRecord r = Lines.parse(parser, "10.0.1.2:1 [06/Feb/2026:12:14:14.655] fe be/s 1/0/0/1/2 200 1 - - ---- 0/0/0/0/0 0/0 "
                + "\"GET /very/long/path");

        assertNull(r.rejectReason());
        assertTrue(r.quoteRepaired());
        assertEquals("/very/long/path", r.text(TextField.PATH));
    }

    @Test
    void lineCutBeforeTheRequestIsTruncated() {
        LogRecord r = Lines.parse(parser, "10.0.1.2:1 [06/Feb/2026:12:14:14.655] fe be/s 1/0/0/1/2 200 1 - -");

        assertEquals(RejectReason.TRUNCATED, r.rejectReason());
    }

    @Test
    void lineWithoutAcceptDateDoesNotMatch() {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT, Lines.parse(parser, "haproxy[1]: Proxy http-in started.").rejectReason());
    }
}
