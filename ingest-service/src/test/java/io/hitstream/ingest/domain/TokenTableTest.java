package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenTableTest {
    private static final SiteGrant WWW = SiteGrant.of(List.of("www.example.org"));
    private static final SiteGrant SHOP = SiteGrant.of(List.of("shop.example.org"));

    private final TokenTable table = new TokenTable(List.of(
            new TokenEntry(TokenDigest.of("www-token"), WWW, "line 1"),
            new TokenEntry(TokenDigest.of("shop-token"), SHOP, "line 2")));

    @Test
    void knownTokenHasItsGrant() {
        assertEquals(Optional.of(SHOP), table.grantOf("shop-token"));
        assertEquals(Optional.of(WWW), table.grantOf("www-token"));
    }

    @Test
    void unknownTokenHasNoGrant() {
        assertEquals(Optional.empty(), table.grantOf("shop-token "));
        assertEquals(Optional.empty(), table.grantOf(""));
    }

    @Test
    void tableWithoutEntriesKnowsNoToken() {
        assertEquals(0, new TokenTable(List.of()).size());
        assertEquals(Optional.empty(), new TokenTable(List.of()).grantOf("www-token"));
    }

    @Test
    void sameTokenTwiceIsRefused() {
        List<TokenEntry> twice = List.of(
                new TokenEntry(TokenDigest.of("www-token"), WWW, "line 1"),
                new TokenEntry(TokenDigest.of("www-token"), SHOP, "line 7"));

        AuthSetupException e = assertThrows(AuthSetupException.class, () -> new TokenTable(twice));

        assertEquals("the token of line 7 is already configured at line 1", e.getMessage());
    }
}
