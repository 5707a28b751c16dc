package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/**
 * Quoted fields as Apache and nginx write them: a '"' inside is escaped as {@code \"} (or
 * {@code \x22}), a backslash as {@code \\}, control characters as {@code \n}, {@code \t} or
 * {@code \xhh}.
 */
final class QuotedText {
    private QuotedText() {
    }

    /** The index of the first unescaped '"' in {@code buf[from, end)}, or -1 when there is none. */
    static int closingQuote(byte[] buf, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b == '\\') {
                i++;
            } else if (b == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code buf[start, end)} holds a backslash, so its text needs {@link #decode}. */
    static boolean hasEscapes(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code buf[start, end)} with escapes undone; a backslash that starts no known escape stays. */
    static String decode(byte[] buf, int start, int end) {
        byte[] out = new byte[end - start];
        int n = 0;
        int i = start;
        while (i < end) {
            byte b = buf[i];
            if (b != '\\' || i + 1 == end) {
                out[n++] = b;
                i++;
                continue;
            }
            int escapeLength = escapeLength(buf, i + 1, end);
            out[n++] = escapeLength == 0 ? b : unescaped(buf, i + 1);
            i += 1 + escapeLength;
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** How many bytes after a backslash form a known escape (0 when none). */
    private static int escapeLength(byte[] buf, int at, int end) {
        switch (buf[at]) {
            case '"', '\\', 'n', 't', 'r', 'b', 'v':
                return 1;
            case 'x':
                boolean twoHexDigits = at + 2 < end && hexValue(buf[at + 1]) >= 0 && hexValue(buf[at + 2]) >= 0;
                return twoHexDigits ? 3 : 0;
            default:
                return 0;
        }
    }

    private static byte unescaped(byte[] buf, int at) {
        switch (buf[at]) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'b':
                return '\b';
            case 'v':
                return 0x0b;
            case 'x':
                return (byte) (hexValue(buf[at + 1]) << 4 | hexValue(buf[at + 2]));
            default:
                return buf[at];
        }
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
