package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HostNamesTest {

    @Test
    void trailingDotIsDroppedAndCaseLowered() {
        assertEquals("web1.example.org", HostNames.normalize("Web1.EXAMPLE.org."));
    }

    @Test
    void nameWithControlOrNonAsciiCharactersIsNotUsable() {
        assertNull(HostNames.normalize("evil\u0007.example.org"));
        assertNull(HostNames.normalize("<script>\u00e9.example.org"));
    }

    @Test
    void nameLongerThanDnsAllowsIsNotUsable() {
        assertNull(HostNames.normalize("a".repeat(254)));
    }

    @Test
    void emptyNameIsNotUsable() {
        assertNull(HostNames.normalize("."));
    }
}
