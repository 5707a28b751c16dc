package io.hitstream.logformat;

/**
 * The quoted request of the NCSA formats, {@code METHOD target [protocol]}, split into method, path,
 * query and protocol; {@code -} (a connection that sent no request) leaves them all absent.
 */
final class RequestLine {
    private static final byte[] PROTOCOL_PREFIX = {'H', 'T', 'T', 'P', '/'};

    private RequestLine() {
    }

    /** Reads {@code buf[start, end)} into {@code record}; false when it is not a request line. */
    static boolean parse(byte[] buf, int start, int end, LogRecord record) {
        if (end - start == 1 && buf[start] == '-') {
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
        int targetEnd = hasProtocol ? lastSpace : end;
        if (!hasProtocol && lastSpace >= 0) {
            return false;
        }
        record.setText(TextField.METHOD, start, methodEnd, false);
        setTarget(buf, targetStart, targetEnd, record);
        if (hasProtocol) {
            setEscapable(buf, lastSpace + 1, end, TextField.PROTOCOL, record);
        }
        return true;
    }

    private static void setTarget(byte[] buf, int start, int end, LogRecord record) {
        int question = indexOf(buf, start, end, (byte) '?');
        if (question < 0) {
            setEscapable(buf, start, end, TextField.PATH, record);
            return;
        }
        setEscapable(buf, start, question, TextField.PATH, record);
        setEscapable(buf, question + 1, end, TextField.QUERY, record);
    }

    private static void setEscapable(byte[] buf, int start, int end, TextField field, LogRecord record) {
        record.setText(field, start, end, QuotedText.hasEscapes(buf, start, end));
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
