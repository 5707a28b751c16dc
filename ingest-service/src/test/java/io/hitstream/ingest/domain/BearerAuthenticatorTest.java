package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerAuthenticatorTest {
    private static final String INLINE = "inline-token-0123456789";
    /** SHA-256 of "alpha-token". */
    private static final String ALPHA_DIGEST = "a336d9b1d8b8647875238537ca5087b0ea335afd2032936aecdffc3e4b13f720";
    private static final List<String> EVERY_SITE = List.of("*");

    private final BearerAuthenticator inlineOnly =
            BearerAuthenticator.configured(true, Optional.empty(), Optional.of(INLINE), List.of("www.example.org"));

    @Test
    void knownBearerTokenHasItsGrant() {
        assertEquals("www.example.org", inlineOnly.authenticate("Bearer " + INLINE).toString());
    }

    @Test
    void schemeIsCaseInsensitiveAndSpacesAroundTheTokenDoNotCount() {
        assertEquals("www.example.org", inlineOnly.authenticate("BEARER   " + INLINE + " ").toString());
    }

    @Test
    void missingMetadataIsUnauthenticated() {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> inlineOnly.authenticate(null));

        assertEquals("no authorization metadata: send metadata 'authorization: Bearer <token>'", e.getMessage());
    }

    @Test
    void otherSchemeIsUnauthenticated() {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> inlineOnly.authenticate("Basic " + INLINE));

        assertEquals("authorization metadata is not a bearer token: send metadata 'authorization: Bearer <token>'", e.getMessage());
    }

    @Test
    void tokenWithoutSchemeIsUnauthenticated() {
        assertThrows(UnauthenticatedException.class, () -> inlineOnly.authenticate(INLINE));
    }

    @Test
    void emptyBearerTokenIsUnauthenticated() {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> inlineOnly.authenticate("Bearer  "));

        assertEquals("authorization metadata holds an empty bearer token: send metadata 'authorization: Bearer <token>'", e.getMessage());
    }

    @Test
    void unknownTokenIsUnauthenticatedWithoutRepeatingIt() {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
                () -> inlineOnly.authenticate("Bearer guessed-token-0123456789"));

        assertEquals("unknown bearer token", e.getMessage());
    }

    @Test
    void tokensOfTheFileAndTheInlineTokenAreBothKnown(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("tokens"), "# shop\n" + ALPHA_DIGEST + " shop.example.org\n");

        BearerAuthenticator authenticator = BearerAuthenticator.configured(true, Optional.of(file), Optional.of(INLINE), EVERY_SITE);

        assertEquals(2, authenticator.tokenCount());
        assertEquals("shop.example.org", authenticator.authenticate("Bearer alpha-token").toString());
        assertSame(SiteGrant.ALL, authenticator.authenticate("Bearer " + INLINE));
    }

    @Test
    void requiredWithoutAnyTokenRefusesToStart() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> BearerAuthenticator.configured(true, Optional.empty(), Optional.empty(), EVERY_SITE));

        assertTrue(e.getMessage().startsWith("ingest requires a bearer token (hitstream.ingest.auth.required=true) but none is configured:"
                + " set HITSTREAM_INGEST_AUTH_TOKENS_FILE"), e.getMessage());
    }

    @Test
    void requiredWithAnEmptyTokensFileRefusesToStart(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("tokens"), "# nobody yet\n");

        assertThrows(AuthSetupException.class,
                () -> BearerAuthenticator.configured(true, Optional.of(file), Optional.empty(), EVERY_SITE));
    }

    @Test
    void shortInlineTokenRefusesToStart() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> BearerAuthenticator.configured(true, Optional.empty(), Optional.of("secret"), EVERY_SITE));

        assertEquals("hitstream.ingest.auth.token is shorter than 16 characters;"
                + " use a random one, e.g. the output of 'openssl rand -hex 32'", e.getMessage());
    }

    @Test
    void blankInlineTokenSiteRefusesToStart() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> BearerAuthenticator.configured(true, Optional.empty(), Optional.of(INLINE), List.of("www.example.org", " ")));

        assertEquals("hitstream.ingest.auth.token-sites: empty site name in the site list", e.getMessage());
    }

    @Test
    void notRequiredLetsEveryCallerWriteEverySite() {
        BearerAuthenticator off = BearerAuthenticator.configured(false, Optional.empty(), Optional.empty(), EVERY_SITE);

        assertTrue(off.isOff());
        assertSame(SiteGrant.ALL, off.authenticate(null));
        assertSame(SiteGrant.ALL, off.authenticate("Bearer whatever"));
    }
}
