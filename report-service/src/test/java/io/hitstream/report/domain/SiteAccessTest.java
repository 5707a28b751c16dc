package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteAccessTest {
    private static final Reader VIEWER = new Reader("vic", false, Set.of("a.example"));
    private static final SiteAccess PRIVATE = new SiteAccess(Set.of());

    @Test
    void anAdminSeesEverySite() {
        assertDoesNotThrow(() -> PRIVATE.check(new Reader("ann", true, Set.of()), "b.example"));
    }

    @Test
    void aViewerSeesTheGrantedSiteOnly() {
        assertDoesNotThrow(() -> PRIVATE.check(VIEWER, "a.example"));
        SiteForbiddenException refused = assertThrows(SiteForbiddenException.class,
                () -> PRIVATE.check(VIEWER, "b.example"));
        assertEquals("vic may not read b.example: an admin can grant it in the users file", refused.getMessage());
    }

    @Test
    void nobodySignedInMustSignInForAPrivateSite() {
        assertThrows(SignInRequiredException.class, () -> PRIVATE.check(Reader.ANONYMOUS, "a.example"));
    }

    @Test
    void nobodySignedInSeesAnAnonymousSite() {
        assertDoesNotThrow(() -> new SiteAccess(Set.of("a.example")).check(Reader.ANONYMOUS, "a.example"));
    }

    @Test
    void nobodySignedInMustSignInToListSitesWhereNoneIsAnonymous() {
        assertThrows(SignInRequiredException.class, () -> PRIVATE.checkListing(Reader.ANONYMOUS));
        assertDoesNotThrow(() -> new SiteAccess(Set.of("a.example")).checkListing(Reader.ANONYMOUS));
    }
}
