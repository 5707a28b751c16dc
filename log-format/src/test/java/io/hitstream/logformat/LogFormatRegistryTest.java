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
        assertEquals(List.of("combined", "common"), List.copyOf(registry.names()));
        assertSame(NcsaLogFormat.COMBINED, registry.require("combined"));
        assertSame(NcsaLogFormat.COMMON, registry.require("common"));
        assertTrue(registry.contains("common"));
    }

    @Test
    void unknownNameIsAClearErrorAtLookup() {
        UnknownLogFormatException e = assertThrows(UnknownLogFormatException.class, () -> registry.require("w3c"));

        assertEquals("unknown log format: w3c (known: combined, common)", e.getMessage());
        assertFalse(registry.contains("w3c"));
    }

    @Test
    void nonPositiveLineLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0));
    }
}
