package io.hitstream.logformat;

/**
 * The little of JSON a log line needs, read in place: whitespace, strings (bounds only),
 * numbers (bounds only) and skipping any value, nesting bounded. Methods return -1 on bad JSON;
 * control characters inside strings are let through, as a log's text is kept, not validated.
 */
final class JsonCursor {
    /** Deeper nesting than this is refused, so hostile lines cannot exhaust the stack. */
    private static final int MAX_DEPTH = 32;

    private JsonCursor() {
    }

    static int skipBlanks(byte[] buf, int pos, int end) {
        int p = pos;
        while (p < end && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\n' || buf[p] == '\r')) {
            p++;
        }
        return p;
    }

    /** The index of the quote closing the string whose opening quote is at {@code pos}, or -1. */
    static int stringEnd(byte[] buf, int pos, int end) {
        if (pos >= end || buf[pos] != '"') {
            return -1;
        }
        for (int i = pos + 1; i < end; i++) {
            byte b = buf[i];
            if (b == '\\') {
                i++;
            } else if (b == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index after the number at {@code pos}, or -1 when there is none. */
    static int numberEnd(byte[] buf, int pos, int end) {
        int p = pos;
        while (p < end && (Digits.isDigit(buf[p]) || buf[p] == '-' || buf[p] == '+' || buf[p] == '.'
                || buf[p] == 'e' || buf[p] == 'E')) {
            p++;
        }
        return p > pos ? p : -1;
    }

    /** The index after the value at {@code pos} (any JSON value), or -1 when it is not valid JSON. */
    static int skipValue(byte[] buf, int pos, int end) {
        return skipValue(buf, pos, end, 0);
    }

    private static int skipValue(byte[] buf, int pos, int end, int depth) {
        if (pos >= end || depth > MAX_DEPTH) {
            return -1;
        }
        switch (buf[pos]) {
            case '"':
                int close = stringEnd(buf, pos, end);
                return close < 0 ? -1 : close + 1;
            case '{':
                return skipContainer(buf, pos, end, depth, true);
            case '[':
                return skipContainer(buf, pos, end, depth, false);
            case 't':
                return word(buf, pos, end, "true");
            case 'f':
                return word(buf, pos, end, "false");
            case 'n':
                return word(buf, pos, end, "null");
            default:
                return numberEnd(buf, pos, end);
        }
    }

    private static int skipContainer(byte[] buf, int pos, int end, int depth, boolean object) {
        byte closing = (byte) (object ? '}' : ']');
        int p = skipBlanks(buf, pos + 1, end);
        if (p < end && buf[p] == closing) {
            return p + 1;
        }
        while (p < end) {
            if (object) {
                p = memberValueStart(buf, p, end);
                if (p < 0) {
                    return -1;
                }
            }
            p = skipValue(buf, p, end, depth + 1);
            if (p < 0) {
                return -1;
            }
            p = skipBlanks(buf, p, end);
            if (p < end && buf[p] == closing) {
                return p + 1;
            }
            if (p >= end || buf[p] != ',') {
                return -1;
            }
            p = skipBlanks(buf, p + 1, end);
        }
        return -1;
    }

    /** Given the position of a member's key, the position of its value (after the ':'), or -1. */
    static int memberValueStart(byte[] buf, int keyStart, int end) {
        return valueAfterKey(buf, stringEnd(buf, keyStart, end), end);
    }

    /** Given the closing quote of a member's key (or -1), the position of its value (after the ':'), or -1. */
    static int valueAfterKey(byte[] buf, int keyEnd, int end) {
        if (keyEnd < 0) {
            return -1;
        }
        int colon = skipBlanks(buf, keyEnd + 1, end);
        if (colon >= end || buf[colon] != ':') {
            return -1;
        }
        return skipBlanks(buf, colon + 1, end);
    }

    private static int word(byte[] buf, int pos, int end, String word) {
        if (end - pos < word.length()) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (buf[pos + i] != word.charAt(i)) {
                return -1;
            }
        }
        return pos + word.length();
    }
}
