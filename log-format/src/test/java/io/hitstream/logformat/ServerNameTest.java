package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The server name is what a field of the format logged, never the host of a request target a proxy forwarded to. */
class ServerNameTest {
    @Test
    void vhostCombinedNamesTheServer() {
        LogRecord r = Lines.parse(NcsaLogFormat.VHOST_COMBINED.newParser(), "Blog.Example.org:443 192.0.2.9 - - "
                + "[02/Nov/2026:08:15:42 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"-\"");

        assertEquals("Blog.Example.org", r.serverName());
    }

    @Test
    void absoluteRequestTargetGivesAVirtualHostButNoServerName() {
        LogRecord r = Lines.parse(NcsaLogFormat.COMBINED.newParser(), "192.0.2.9 - - [02/Nov/2026:08:15:42 +0000] "
                + "\"GET http://www.example.com/x HTTP/1.1\" 200 5 \"-\" \"-\"");

        assertEquals("www.example.com", r.text(TextField.VIRTUAL_HOST));
        assertNull(r.serverName());
    }

    @Test
    void serverNameLoggedAfterAnAbsoluteTargetStillNamesTheServer() {
        LogRecord r = Lines.parse(ApacheFormatCompiler.compile("%h %t \"%r\" %>s %v").newParser(), "192.0.2.9 "
                + "[02/Nov/2026:08:15:42 +0000] \"GET http://www.example.com/x HTTP/1.1\" 200 shop.example.org");

        assertEquals("shop.example.org", r.serverName());
        assertEquals("/x", r.text(TextField.PATH));
    }

    @Test
    void squidUrlHostIsNoServerName() {
        LogRecord r = Lines.parse(SquidLogFormat.NATIVE.newParser(), "1762070142.123    120 192.0.2.9 TCP_MISS/200 "
                + "1234 GET http://www.example.com/x - HIER_DIRECT/203.0.113.7 text/html");

        assertEquals("www.example.com", r.text(TextField.VIRTUAL_HOST));
        assertNull(r.serverName());
    }

    @Test
    void w3cSiteNameIsTheServerNameWhenNoHostIsLogged() {
        LogParser parser = W3cLogFormat.withFields("#Fields: date time s-sitename cs-method cs-uri-stem sc-status")
                .newParser();

        assertEquals("W3SVC1", Lines.parse(parser, "2026-11-03 00:00:07 W3SVC1 GET / 200").serverName());
    }

    @Test
    void w3cHostWinsOverTheSiteName() {
        LogParser parser = W3cLogFormat.withFields("#Fields: date time s-sitename cs-method cs-uri-stem sc-status cs-host")
                .newParser();

        assertEquals("www.contoso.com",
                Lines.parse(parser, "2026-11-03 00:00:07 W3SVC1 GET / 200 www.contoso.com").serverName());
    }
}
