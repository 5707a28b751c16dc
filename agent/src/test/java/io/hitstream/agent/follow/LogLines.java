package io.hitstream.agent.follow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/** Numbered access-log lines, each different, so every file starting with one has an identity of its own. */
final class LogLines {

    private LogLines() {
    }

    /** Line {@code n}, with its newline. */
    static String line(int n) {
        return "192.0.2." + (n % 250) + " - - [21/Nov/2026:10:00:00 +0000] \"GET /page/" + n + " HTTP/1.1\" 200 " + n
                + " \"-\" \"line " + n + "\"\n";
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive). */
    static String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int n = from; n < to; n++) {
            text.append(line(n));
        }
        return text.toString();
    }

    /** Appends as a web server does: opening the path anew (creating it if it was rotated away), writing, closing. */
    static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
