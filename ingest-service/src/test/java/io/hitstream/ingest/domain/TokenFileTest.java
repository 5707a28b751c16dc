package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {
    /** SHA-256 of "alpha-token". */
    private static final String ALPHA = "a336d9b1d8b8647875238537ca5087b0ea335afd2032936aecdffc3e4b13f720";

    @Test
    void linesNameADigestAndItsSites() {
        List<TokenEntry> entries = TokenFile.parse(List.of(ALPHA + " www.example.org,shop.example.org"), "tokens");

        assertEquals(1, entries.size());
        assertEquals(ALPHA, HexFormat.of().formatHex(entries.get(0).digest()));
        assertEquals("shop.example.org,www.example.org", entries.get(0).grant().toString());
        assertEquals("tokens file tokens line 1", entries.get(0).source());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        List<TokenEntry> entries = TokenFile.parse(List.of(
                "# who may write",
                "",
                "   ",
                "  # indented comment",
                ALPHA + " www.example.org # trailing comment"), "tokens");

        assertEquals(List.of("www.example.org"), entries.stream().map(e -> e.grant().toString()).toList());
        assertEquals("tokens file tokens line 5", entries.get(0).source());
    }

    @Test
    void tabsAndSpacesAroundCommasAreAllowed() {
        List<TokenEntry> entries = TokenFile.parse(List.of("\t" + ALPHA + "\t shop.example.org , blog.example.org "), "tokens");

        assertEquals("blog.example.org,shop.example.org", entries.get(0).grant().toString());
    }

    @Test
    void upperCaseDigestIsTheSameDigest() {
        List<TokenEntry> entries = TokenFile.parse(List.of(ALPHA.toUpperCase() + " *"), "tokens");

        assertEquals(ALPHA, HexFormat.of().formatHex(entries.get(0).digest()));
    }

    @Test
    void starGrantsEverySite() {
        SiteGrant grant = TokenFile.parse(List.of(ALPHA + " *"), "tokens").get(0).grant();

        assertEquals(SiteGrant.ALL, grant);
    }

    @Test
    void lineWithoutSitesIsRefusedWithItsNumber() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> TokenFile.parse(List.of("# header", ALPHA), "/etc/hitstream/tokens"));

        assertEquals("tokens file /etc/hitstream/tokens line 2: expected '<sha256-hex-of-token> <site>[,<site>...]', found no site list",
                e.getMessage());
    }

    @Test
    void plaintextTokenInsteadOfDigestIsRefused() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> TokenFile.parse(List.of("alpha-token www.example.org"), "tokens"));

        assertEquals("tokens file tokens line 1: a SHA-256 digest is 64 hex digits, got 11 characters"
                + " (expected '<sha256-hex-of-token> <site>[,<site>...]')", e.getMessage());
    }

    @Test
    void nonHexDigestIsRefused() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> TokenFile.parse(List.of("g".repeat(64) + " www.example.org"), "tokens"));

        assertEquals("tokens file tokens line 1: a SHA-256 digest is 64 hex digits (0-9, a-f), got a non-hex character"
                + " (expected '<sha256-hex-of-token> <site>[,<site>...]')", e.getMessage());
    }

    @Test
    void emptySiteInTheListIsRefused() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> TokenFile.parse(List.of(ALPHA + " www.example.org,,shop.example.org"), "tokens"));

        assertEquals("tokens file tokens line 1: empty site name in the site list"
                + " (expected '<sha256-hex-of-token> <site>[,<site>...]')", e.getMessage());
    }

    @Test
    void siteNameWithASpaceIsRefused() {
        AuthSetupException e = assertThrows(AuthSetupException.class,
                () -> TokenFile.parse(List.of(ALPHA + " www.example.org shop.example.org"), "tokens"));

        assertEquals("tokens file tokens line 1: site name 'www.example.org shop.example.org' contains a space"
                + " (expected '<sha256-hex-of-token> <site>[,<site>...]')", e.getMessage());
    }

    @Test
    void fileIsReadAsUtf8Lines(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("tokens"), "# tokens\n" + ALPHA + " café.example.org\n");

        List<TokenEntry> entries = TokenFile.read(file);

        assertEquals("café.example.org", entries.get(0).grant().toString());
    }

    @Test
    void missingFileIsRefusedNamingIt(@TempDir Path directory) {
        Path file = directory.resolve("absent");

        AuthSetupException e = assertThrows(AuthSetupException.class, () -> TokenFile.read(file));

        assertEquals("cannot read the tokens file " + file + ": java.nio.file.NoSuchFileException: " + file, e.getMessage());
    }
}
