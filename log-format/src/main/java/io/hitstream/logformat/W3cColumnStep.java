package io.hitstream.logformat;

/**
 * A W3C Extended column, which a server may write as a quoted string when its value holds spaces
 * ({@code "Mozilla/5.0 (X11)"}, a quote inside written twice); any other value is read by the
 * column's own step.
 */
final class W3cColumnStep extends Step {
    private final BoundedStep unquoted;
    private final BoundedStep quoted;

    /** @param quoted reads the text between the quotes; its bounds are never asked, the quotes decide */
    W3cColumnStep(BoundedStep unquoted, BoundedStep quoted) {
        this.unquoted = unquoted;
        this.quoted = quoted;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        int close = pos < end && buf[pos] == '"' ? closingQuote(buf, pos + 1, end) : -1;
        if (close < 0) {
            return unquoted.read(buf, pos, end, line);
        }
        int outcome = quoted.accept(buf, pos + 1, close, line);
        return outcome < 0 ? outcome : close + 1;
    }

    /**
     * The quote ending a string whose text starts at {@code from}: the first one not doubled, which
     * the column separator or the line's end must follow; -1 when there is none (the value is not a
     * quoted string, and its quote is text).
     */
    private static int closingQuote(byte[] buf, int from, int end) {
        for (int i = from; i < end; i++) {
            if (buf[i] != '"') {
                continue;
            }
            if (i + 1 < end && buf[i + 1] == '"') {
                i++;
                continue;
            }
            return i + 1 == end || buf[i + 1] == ' ' ? i : -1;
        }
        return -1;
    }

    @Override
    String describe() {
        return unquoted.describe();
    }
}
