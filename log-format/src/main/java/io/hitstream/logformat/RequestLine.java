package io.hitstream.logformat;

/**
 * The request line of a log, {@code METHOD target [protocol]}, split into method, path, query and
 * protocol (and the host of an absolute-form target); {@code -} (a connection that sent no
 * request) leaves them all absent.
 */
final class RequestLine {
    private static final byte[] PROTOCOL_PREFIX = {'H', 'T', 'T', 'P', '/'};

    private RequestLine() {
    }

    /**
     * Reads {@code buf[start, end)} into the record; false when it is not a request line.
     *
     * @param escapedAs how the text escapes, {@link TextEscaping#NONE} when it holds no backslash
     */
    static boolean parse(byte[] buf, int start, int end, LogRecord record, TextEscaping escapedAs) {
        if (Digits.isDash(buf, start, end)) {
            return true;
        }
        int methodEnd = start;
        while (methodEnd < end && isTokenByte(buf[methodEnd])) {
            methodEnd++;
        }
        if (methodEnd == start || methodEnd + 1 >= end || buf[methodEnd] != ' ' || buf[methodEnd + 1] == ' ') {
            return false;
        }
        int targetStart = methodEnd + 1;
        int lastSpace = lastIndexOf(buf, targetStart, end, (byte) ' ');
        boolean hasProtocol = lastSpace > targetStart && startsWithProtocol(buf, lastSpace + 1, end);
        if (!hasProtocol && lastSpace >= 0) {
            return false;
        }
        int targetEnd = hasProtocol ? lastSpace : end;
        record.setText(TextField.METHOD, start, methodEnd, TextEscaping.NONE);
        boolean originForm = buf[targetStart] == '/';
        if (originForm || !AbsoluteTargets.set(buf, targetStart, targetEnd, record, escapedAs, true)) {
            setTarget(buf, targetStart, targetEnd, record, escapedAs, false);
        }
        if (hasProtocol) {
            record.setText(TextField.PROTOCOL, lastSpace + 1, end, escaping(buf, lastSpace + 1, end, escapedAs));
        }
        return true;
    }

    /** Sets the path and, after a '?', the query of a request target; a weak target only fills absent fields. */
    static void setTarget(byte[] buf, int start, int end, LogRecord record, TextEscaping escapedAs, boolean weak) {
        int question = indexOf(buf, start, end, (byte) '?');
        if (question < 0) {
            record.setText(TextField.PATH, start, end, escaping(buf, start, end, escapedAs), weak);
            return;
        }
        record.setText(TextField.PATH, start, question, escaping(buf, start, question, escapedAs), weak);
        record.setText(TextField.QUERY, question + 1, end, escaping(buf, question + 1, end, escapedAs), weak);
    }

    private static TextEscaping escaping(byte[] buf, int start, int end, TextEscaping escapedAs) {
        return escapedAs != TextEscaping.NONE && QuotedText.hasEscapes(buf, start, end) ? escapedAs : TextEscaping.NONE;
    }

    private static boolean startsWithProtocol(byte[] buf, int start, int end) {
        if (end - start <= PROTOCOL_PREFIX.length) {
            return false;
        }
        for (int i = 0; i < PROTOCOL_PREFIX.length; i++) {
            if (buf[start + i] != PROTOCOL_PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 token characters, which are all a method may hold. */
    private static boolean isTokenByte(byte b) {
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
    }

    private static int indexOf(byte[] buf, int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] buf, int start, int end, byte b) {
        for (int i = end - 1; i >= start; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
