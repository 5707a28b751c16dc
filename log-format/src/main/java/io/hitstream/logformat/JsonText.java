package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** The text of a JSON string's contents (between its quotes), escapes undone; a broken escape stays as written. */
final class JsonText {
    private JsonText() {
    }

    static String decode(byte[] buf, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int plain = start;
        int i = start;
        while (i < end) {
            if (buf[i] != '\\' || i + 1 == end) {
                i++;
                continue;
            }
            out.append(new String(buf, plain, i - plain, StandardCharsets.UTF_8));
            int length = appendEscape(buf, i + 1, end, out);
            if (length == 0) {
                out.append('\\');
            }
            i += 1 + length;
            plain = i;
        }
        out.append(new String(buf, plain, end - plain, StandardCharsets.UTF_8));
        return out.toString();
    }

    /** Appends the character escaped at {@code buf[at]} (after the backslash); returns how many bytes it took, 0 if none. */
    private static int appendEscape(byte[] buf, int at, int end, StringBuilder out) {
        switch (buf[at]) {
            case '"', '\\', '/':
                out.append((char) buf[at]);
                return 1;
            case 'b':
                out.append('\b');
                return 1;
            case 'f':
                out.append('\f');
                return 1;
            case 'n':
                out.append('\n');
                return 1;
            case 'r':
                out.append('\r');
                return 1;
            case 't':
                out.append('\t');
                return 1;
            case 'u':
                int code = at + 4 < end ? hex4(buf, at + 1) : -1;
                if (code < 0) {
                    return 0;
                }
                out.append((char) code);
                return 5;
            default:
                return 0;
        }
    }

    private static int hex4(byte[] buf, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(buf[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
