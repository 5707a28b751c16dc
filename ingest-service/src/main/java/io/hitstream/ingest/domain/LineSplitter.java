package io.hitstream.ingest.domain;

/** Splits a batch's chunk of '\n'-terminated lines into lines, without copying them. */
public final class LineSplitter {
    /** Receives one line: {@code buf[start, end)}, without its '\n'. */
    @FunctionalInterface
    public interface LineVisitor {
        void line(byte[] buf, int start, int end);
    }

    private LineSplitter() {
    }

    /** Visits every line of the chunk in order; a last line without '\n' is visited too. */
    public static void forEachLine(byte[] chunk, LineVisitor visitor) {
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                visitor.line(chunk, start, i);
                start = i + 1;
            }
        }
        if (start < chunk.length) {
            visitor.line(chunk, start, chunk.length);
        }
    }
}
