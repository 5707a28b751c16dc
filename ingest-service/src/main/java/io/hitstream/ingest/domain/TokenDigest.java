package io.hitstream.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digest of a token: what the server keeps instead of the token itself. */
final class TokenDigest {
    static final int HEX_LENGTH = 64;

    private TokenDigest() {
    }

    /** The digest of the token's UTF-8 bytes. */
    static byte[] of(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A digest written as 64 hex digits, either case (as {@code sha256sum} prints it). */
    static byte[] parseHex(String hex) {
        if (hex.length() != HEX_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is " + HEX_LENGTH + " hex digits, got " + hex.length() + " characters");
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a SHA-256 digest is " + HEX_LENGTH + " hex digits (0-9, a-f), got a non-hex character");
        }
    }

    /** Whether two digests are equal, in a time that does not depend on where they differ. */
    static boolean equal(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
