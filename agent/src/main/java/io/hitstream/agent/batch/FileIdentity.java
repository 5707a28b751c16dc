package io.hitstream.agent.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Derives a log file's identity from its content: the SHA-256 of its first line, so it survives rename, compression and restart. */
public final class FileIdentity {

    /** How much of the first line the identity covers; a longer first line is cut here. */
    public static final int MAX_FIRST_LINE_BYTES = 4096;

    private FileIdentity() {
    }

    /**
     * The hex SHA-256 of the decompressed content's first line including its newline (at most 4 KiB), or empty
     * while the file has no complete first line yet: an identity taken from a growing line would change.
     */
    public static Optional<String> of(Path file) throws IOException {
        try (LogContent content = LogContent.open(file)) {
            return of(content.stream());
        }
    }

    /** The identity of content read from its start: the same rule as {@link #of(Path)}. */
    public static Optional<String> of(InputStream content) throws IOException {
        byte[] head = new byte[MAX_FIRST_LINE_BYTES];
        int length = 0;
        int next;
        while (length < head.length && (next = content.read()) != -1) {
            head[length++] = (byte) next;
            if (next == '\n') {
                return Optional.of(sha256Hex(head, length));
            }
        }
        return length == head.length ? Optional.of(sha256Hex(head, length)) : Optional.empty();
    }

    private static String sha256Hex(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
