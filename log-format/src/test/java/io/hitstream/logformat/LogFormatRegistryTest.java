package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogFormatRegistryTest {
    private final LogFormatRegistry registry = LogFormatRegistry.standard();

    @Test
    void knowsCombinedAndCommon() {
        assertEquals(List.of("combined", "common", "vhost_combined", "combined_latency", "nginx", "w3c", "squid", "caddy", "haproxy"),
                List.copyOf(registry.names()));
        assertSame(NcsaLogFormat.COMBINED, registry.require("combined"));
        assertSame(NcsaLogFormat.COMMON, registry.require("common"));
        assertTrue(registry.contains("common"));
    }

    @Test
    void unknownNameIsAClearErrorAtLookup() {
        UnknownLogFormatException e = assertThrows(UnknownLogFormatException.class, () -> registry.require("apache"));

        assertEquals("unknown log format: apache (known: combined, common, vhost_combined, combined_latency, nginx, w3c, "
                + "squid, caddy, haproxy)", e.getMessage());
        assertFalse(registry.contains("apache"));
    }

    @Test
    void resolveGivesThePresetOfAName() {
        assertSame(NcsaLogFormat.COMBINED, registry.resolve("combined"));
        assertSame(CaddyLogFormat.JSON, registry.resolve(" caddy "));
    }

    @Test
    void resolveCompilesAnApacheFormatString() {
        LogFormat format = registry.resolve("%h %l %u %t \"%r\" %>s %b %D");

        LogRecord r = Lines.parse(format.newParser(), "192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 5 120");

        assertEquals("%h %l %u %t \"%r\" %>s %b %D", format.name());
        assertEquals(120L, r.latencyMicros());
    }

    @Test
    void resolveCompilesAnNginxFormatString() {
        LogFormat format = registry.resolve("$remote_addr [$time_local] \"$request\" $status $request_time");

        LogRecord r = Lines.parse(format.newParser(), "192.0.2.1 [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 0.250");

        assertEquals(250_000L, r.latencyMicros());
    }

    @Test
    void resolveTellsNginxFromAPercentSignInItsText() {
        LogFormat format = registry.resolve("$remote_addr 100% $status");

        assertEquals(404, Lines.parse(format.newParser(), "192.0.2.1 100% 404").status());
    }

    @Test
    void resolveTakesAW3cFieldsLine() {
        LogFormat format = registry.resolve("#Fields: date time c-ip cs-uri-stem sc-status");

        assertEquals(200, Lines.parse(format.newParser(), "2026-01-01 00:00:00 192.0.2.1 / 200").status());
    }

    @Test
    void resolveRefusesAnInvalidFormatStringAtOnce() {
        InvalidLogFormatException e = assertThrows(InvalidLogFormatException.class, () -> registry.resolve("%h %{Referer"));

        assertEquals(4, e.position());
    }

    @Test
    void resolveRefusesTextThatIsNeitherNameNorFormat() {
        LogFormatException e = assertThrows(UnknownLogFormatException.class, () -> registry.resolve("apache2"));

        assertTrue(e.getMessage().startsWith("unknown log format: apache2 (known: combined, "));
    }

    @Test
    void nonPositiveLineLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0));
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(100, 0));
    }
}
