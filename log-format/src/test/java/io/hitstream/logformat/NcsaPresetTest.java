package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The presets compiled from web servers' own format strings, beyond common and combined. */
class NcsaPresetTest {
    @Test
    void vhostCombinedHasHostPortAndBytesSentWithHeaders() {
        LogRecord r = Lines.parse(NcsaLogFormat.VHOST_COMBINED.newParser(), "blog.example.org:443 2001:db8:85a3::8a2e:370:7334 "
                + "- - [02/Nov/2026:08:15:42 +0100] \"GET /2026/11/hello-world/ HTTP/2.0\" 200 18345 "
                + "\"https://www.google.com/\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)\"");

        assertNull(r.rejectReason());
        assertEquals("blog.example.org", r.text(TextField.VIRTUAL_HOST));
        assertEquals(443, r.serverPort());
        assertEquals("2001:db8:85a3::8a2e:370:7334", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(OffsetDateTime.parse("2026-11-02T08:15:42+01:00"), r.timestamp());
        assertEquals("/2026/11/hello-world/", r.text(TextField.PATH));
        assertEquals(200, r.status());
        assertEquals(18_345L, r.responseBytes());
        assertEquals("https://www.google.com/", r.text(TextField.REFERRER));
        assertEquals("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)", r.text(TextField.USER_AGENT));
    }

    @Test
    void combinedLatencyHasTheTimeTakenInMicroseconds() {
        LogRecord r = Lines.parse(NcsaLogFormat.COMBINED_LATENCY.newParser(), "198.51.100.23 - - [02/Nov/2026:08:15:42 +0000] "
                + "\"POST /api/login HTTP/1.1\" 401 53 \"-\" \"okhttp/4.12.0\" 48211");

        assertEquals(401, r.status());
        assertEquals(48_211L, r.latencyMicros());
        assertFalse(r.has(TextField.REFERRER));
    }

    @Test
    void combinedLatencyWithDashLatencyLeavesItAbsent() {
        LogRecord r = Lines.parse(NcsaLogFormat.COMBINED_LATENCY.newParser(), "198.51.100.23 - - [02/Nov/2026:08:15:42 +0000] "
                + "\"GET / HTTP/1.1\" 200 5 \"-\" \"-\" -");

        assertNull(r.rejectReason());
        assertFalse(r.hasLatency());
    }

    @Test
    void nginxDefaultLineWithEscapedUserAgentAndDashSize() {
        LogRecord r = Lines.parse(NcsaLogFormat.NGINX.newParser(), "2a02:1810:4d02:5600::1 - - [31/Dec/2026:23:59:59 +0530] "
                + "\"GET /feed.xml?utm_source=rss HTTP/1.1\" 304 0 \"-\" \"Feedly/1.0 (+http://www.feedly.com/fetcher.html; "
                + "\\x22like FeedFetcher-Google\\x22)\"");

        assertNull(r.rejectReason());
        assertEquals("2a02:1810:4d02:5600::1", r.text(TextField.CLIENT_ADDRESS));
        assertEquals(OffsetDateTime.parse("2026-12-31T23:59:59+05:30"), r.timestamp());
        assertEquals("/feed.xml", r.text(TextField.PATH));
        assertEquals("utm_source=rss", r.text(TextField.QUERY));
        assertEquals(304, r.status());
        assertEquals(0L, r.responseBytes());
        assertEquals("Feedly/1.0 (+http://www.feedly.com/fetcher.html; \"like FeedFetcher-Google\")", r.text(TextField.USER_AGENT));
    }

    @Test
    void absoluteFormRequestTargetGivesHostAndPath() {
        LogRecord r = Lines.parse(NcsaLogFormat.COMBINED.newParser(), "192.0.2.9 - - [02/Nov/2026:08:15:42 +0000] "
                + "\"GET http://www.example.com:8080/proxy/me?x=1 HTTP/1.1\" 200 5 \"-\" \"-\"");

        assertEquals("www.example.com", r.text(TextField.VIRTUAL_HOST));
        assertEquals("/proxy/me", r.text(TextField.PATH));
        assertEquals("x=1", r.text(TextField.QUERY));
    }
}
