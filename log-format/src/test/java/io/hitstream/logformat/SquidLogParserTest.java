package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SquidLogParserTest {
    private final LogParser parser = SquidLogFormat.NATIVE.newParser();

    @Test
    void cacheMissWithPaddedElapsedTime() {
        LogRecord r = Lines.parse(parser, "1793491201.450    180 192.168.0.11 TCP_MISS/200 5507 GET "
                + "http://www.example.com/index.html?x=1 - HIER_DIRECT/93.184.216.34 text/html");

        assertNull(r.rejectReason());
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00:01.450Z"), r.timestamp());
        assertEquals(180_000L, r.latencyMicros());
        assertEquals("192.168.0.11", r.text(TextField.CLIENT_ADDRESS));
        assertEquals("TCP_MISS", r.text(TextField.CACHE_RESULT));
        assertEquals(200, r.status());
        assertEquals(5507L, r.responseBytes());
        assertEquals("GET", r.text(TextField.METHOD));
        assertEquals("www.example.com", r.text(TextField.VIRTUAL_HOST));
        assertEquals("/index.html", r.text(TextField.PATH));
        assertEquals("x=1", r.text(TextField.QUERY));
        assertFalse(r.has(TextField.USER));
    }

    @Test
    void connectTunnelOfAnAuthenticatedUser() {
        LogRecord r = Lines.parse(parser, "1793491260.002  60012 2001:db8::c0 TCP_TUNNEL/200 48211 CONNECT "
                + "login.example.net:443 alice HIER_DIRECT/198.51.100.80 -");

        assertEquals("TCP_TUNNEL", r.text(TextField.CACHE_RESULT));
        assertEquals("login.example.net:443", r.text(TextField.PATH));
        assertEquals("alice", r.text(TextField.USER));
        assertEquals(60_012_000L, r.latencyMicros());
    }

    @Test
    void deniedRequestWithoutReplyHasNoStatus() {
        LogRecord r = Lines.parse(parser, "1793491300.100      0 192.168.0.12 NONE_NONE/000 0 GET http://blocked.example/ - HIER_NONE/- -");

        assertNull(r.rejectReason());
        assertEquals("NONE_NONE", r.text(TextField.CACHE_RESULT));
        assertFalse(r.hasStatus());
    }

    @Test
    void resultWithoutStatusIsBadStatus() {
        LogRecord r = Lines.parse(parser, "1793491300.100 5 192.168.0.12 TCP_HIT/2x0 10 GET http://a.example/ - HIER_NONE/- -");

        assertEquals(RejectReason.BAD_STATUS, r.rejectReason());
    }

    @Test
    void apacheLineIsNotSquid() {
        LogRecord r = Lines.parse(parser, "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1");

        assertEquals(RejectReason.BAD_TIMESTAMP, r.rejectReason());
    }
}
