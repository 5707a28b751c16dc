package io.hitstream.agent.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Opens a W3C Extended log's stream with the columns in force where shipping resumes. Ingest reads a stream's
 * lines with the columns of the last {@code #Fields:} line it saw on that stream; a stream opened in the middle of
 * a file never sees the directives before its committed offset, so the last one of them is named as the format.
 */
public final class W3cDirectiveScanner {

    /** Longest directive line kept; a longer line is not taken as one (ingest refuses far shorter formats anyway). */
    static final int MAX_DIRECTIVE_BYTES = 64 * 1024;
    private static final String FIELDS = "#Fields:";
    private static final byte[] FIELDS_BYTES = FIELDS.getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BYTES = 64 * 1024;

    private W3cDirectiveScanner() {
    }

    /** Sends a StreamOpen naming {@code format} and returns the committed offset ingest answers. */
    @FunctionalInterface
    public interface Handshake {
        long open(String format) throws IOException, InterruptedException;
    }

    /** The file's content from its first byte, decompressed as the agent reads it for shipping. */
    @FunctionalInterface
    public interface ContentFromStart {
        InputStream open() throws IOException;
    }

    /** The format a stream was opened with and the offset ingest committed for it. */
    public record Opened(String format, long committedOffset) {
    }

    /** Whether lines of this format may carry {@code #Fields:} directives that change the columns. */
    public static boolean carriesDirectives(String format) {
        return format.equals("w3c") || format.strip().startsWith(FIELDS);
    }

    /**
     * Opens the stream with {@code format}; for a W3C format resumed past the start, opens it again naming the last
     * {@code #Fields:} line before the committed offset, until the offset answered has that line as its last.
     */
    public static Opened open(String format, Handshake handshake, ContentFromStart content)
            throws IOException, InterruptedException {
        return settle(format, format, handshake.open(format), handshake, content);
    }

    /**
     * Where to go on from {@code committedOffset} after an OUT_OF_ORDER answer on an open stream: other formats
     * carry no state across lines and go on as they are; a W3C one is opened again, since ingest's parser may have
     * read directives past the offset in batches it did not apply. The acknowledged offset stands unless the
     * handshake answers a later one: a lagging replica may answer an earlier one.
     */
    public static Opened resume(String format, long committedOffset, Handshake handshake, ContentFromStart content)
            throws IOException, InterruptedException {
        if (!carriesDirectives(format)) {
            return new Opened(format, committedOffset);
        }
        String named = formatAt(format, committedOffset, content);
        return settle(format, named, Math.max(committedOffset, handshake.open(named)), handshake, content);
    }

    /** The last {@code #Fields:} line wholly before {@code offset}, stripped, or empty when there is none. */
    public static Optional<String> lastDirectiveBefore(InputStream content, long offset) throws IOException {
        byte[] chunk = new byte[CHUNK_BYTES];
        byte[] line = new byte[MAX_DIRECTIVE_BYTES];
        int length = 0;
        boolean candidate = true;
        String last = null;
        long position = 0;
        while (position < offset) {
            int n = content.read(chunk, 0, (int) Math.min(chunk.length, offset - position));
            if (n == -1) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '\n') {
                    if (candidate && length >= FIELDS_BYTES.length) {
                        last = new String(line, 0, length, StandardCharsets.UTF_8).strip();
                    }
                    length = 0;
                    candidate = true;
                } else if (candidate) {
                    if (length == line.length || length < FIELDS_BYTES.length && b != FIELDS_BYTES[length]) {
                        candidate = false;
                    } else {
                        line[length++] = b;
                    }
                }
            }
            position += n;
        }
        return Optional.ofNullable(last);
    }

    /**
     * Opens again until the format named is the one the committed offset calls for; the offset is only ever moved
     * forward, so that a lagging answer cannot make it swing between two directives.
     */
    private static Opened settle(String format, String named, long committedOffset, Handshake handshake,
            ContentFromStart content) throws IOException, InterruptedException {
        String wanted = formatAt(format, committedOffset, content);
        while (!wanted.equals(named)) {
            named = wanted;
            committedOffset = Math.max(committedOffset, handshake.open(named));
            wanted = formatAt(format, committedOffset, content);
        }
        return new Opened(named, committedOffset);
    }

    private static String formatAt(String format, long offset, ContentFromStart content) throws IOException {
        if (!carriesDirectives(format) || offset == 0) {
            return format;
        }
        try (InputStream bytes = content.open()) {
            return lastDirectiveBefore(bytes, offset).orElse(format);
        }
    }
}
