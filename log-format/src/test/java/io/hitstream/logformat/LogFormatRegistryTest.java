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
        assertEquals(List.of("combined", "common", "vhost_combined", "combined_latency", "nginx"), List.copyOf(registry.names()));
        assertSame(NcsaLogFormat.COMBINED, registry.require("combined"));
        assertSame(NcsaLogFormat.COMMON, registry.require("common"));
        assertTrue(registry.contains("common"));
    }

    @Test
    void unknownNameIsAClearErrorAtLookup() {
        UnknownLogFormatException e = assertThrows(UnknownLogFormatException.class, () -> registry.require("apache"));

        assertEquals("unknown log format: apache (known: combined, common, vhost_combined, combined_latency, nginx)",
                e.getMessage());
        assertFalse(registry.contains("apache"));
    }

    @Test
    void nonPositiveLineLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0));
    }
}
