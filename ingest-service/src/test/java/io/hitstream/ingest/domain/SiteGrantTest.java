package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteGrantTest {
    @Test
    void listedSitesMayBeWrittenOthersNot() {
        SiteGrant grant = SiteGrant.of(List.of("www.example.org", "shop.example.org"));

        assertTrue(grant.mayWrite("shop.example.org"));
        assertFalse(grant.mayWrite("blog.example.org"));
    }

    @Test
    void siteNamesAreComparedExactly() {
        SiteGrant grant = SiteGrant.of(List.of("www.example.org"));

        assertFalse(grant.mayWrite("WWW.example.org"));
        assertFalse(grant.mayWrite("www.example.org."));
        assertFalse(grant.mayWrite(""));
    }

    @Test
    void starAmongTheSitesGrantsEverySite() {
        assertSame(SiteGrant.ALL, SiteGrant.of(List.of("www.example.org", "*")));
        assertTrue(SiteGrant.ALL.mayWrite("anything.example.net"));
    }

    @Test
    void noneMayWriteNothing() {
        assertFalse(SiteGrant.NONE.mayWrite("www.example.org"));
    }

    @Test
    void refusalNamesTheSite() {
        SiteNotAllowedException e = assertThrows(SiteNotAllowedException.class,
                () -> SiteGrant.of(List.of("www.example.org")).requireWrite("shop.example.org"));

        assertEquals("this token may not write site 'shop.example.org'", e.getMessage());
    }

    @Test
    void refusalCutsAHugeSiteName() {
        SiteNotAllowedException e = assertThrows(SiteNotAllowedException.class,
                () -> SiteGrant.NONE.requireWrite("a".repeat(100_000)));

        assertEquals("this token may not write site '" + "a".repeat(128) + "...'", e.getMessage());
    }

    @Test
    void blankSiteNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteGrant.of(List.of(" ")));

        assertEquals("a site name must not be blank", e.getMessage());
    }
}
