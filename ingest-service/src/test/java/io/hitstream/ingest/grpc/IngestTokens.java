package io.hitstream.ingest.grpc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Configures ingest's bearer tokens as an operator does: a tokens file of digests, with comments, and one
 * inline token for every site.
 */
public class IngestTokens implements QuarkusTestResourceLifecycleManager {
    /** The inline token; may write every site. */
    static final String EVERY_SITE = "inline-token-every-site-6f1c2a";
    /** From the tokens file; may write www.example.org only. */
    static final String WWW_ONLY = "file-token-www-only-93be04";
    /** From the tokens file; may write shop.example.org and blog.example.org. */
    static final String SHOP_AND_BLOG = "file-token-shop-and-blog-5d7a18";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("ingest-tokens");
            Path file = directory.resolve("tokens");
            Files.writeString(file, String.join("\n",
                    "# Ingest tokens: the SHA-256 of each token, then the sites it may write.",
                    "",
                    sha256(WWW_ONLY) + "  www.example.org   # the web team's hosts",
                    "   # the shop's hosts, indented and with a space after the comma:",
                    "\t" + sha256(SHOP_AND_BLOG) + "\tshop.example.org, blog.example.org",
                    ""), StandardCharsets.UTF_8);
            return Map.of(
                    "hitstream.ingest.auth.tokens-file", file.toString(),
                    "hitstream.ingest.auth.token", EVERY_SITE,
                    "hitstream.ingest.auth.token-sites", "*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(directory.resolve("tokens"));
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
