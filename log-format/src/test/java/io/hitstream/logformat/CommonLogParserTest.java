package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommonLogParserTest {
    private final LogParser parser = NcsaLogFormat.COMMON.newParser();

    @Test
    void commonLineHasNoReferrerNorUserAgent() {
        LogRecord r = Lines.parse(parser, "::1 ident alice [10/Oct/2000:13:55:36 -0700] \"HEAD /robots.txt HTTP/1.1\" 503 -");

        assertNull(r.rejectReason());
        assertEquals("::1", r.text(TextField.CLIENT_ADDRESS));
        assertEquals("ident", r.text(TextField.IDENT));
        assertEquals("alice", r.text(TextField.USER));
        assertEquals(971_211_336L, r.epochSecond());
        assertEquals("HEAD", r.text(TextField.METHOD));
        assertEquals("/robots.txt", r.text(TextField.PATH));
        assertEquals(503, r.status());
        assertFalse(r.hasResponseBytes());
        assertFalse(r.has(TextField.REFERRER));
        assertFalse(r.has(TextField.USER_AGENT));
    }

    @Test
    void combinedLineDoesNotMatchCommon() {
        LogRecord r = Lines.parse(parser, "::1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1 \"-\" \"x\"");

        assertEquals(RejectReason.NOT_MATCHING_FORMAT, r.rejectReason());
    }
}
