package io.hitstream.logformat;

/**
 * Picks the original client out of an X-Forwarded-For list ({@code client, proxy1, proxy2}): the
 * first public address, written bare, with a port, or as {@code [v6]:port}.
 */
final class ForwardedFor {
    private ForwardedFor() {
    }

    /** Makes the record's client address the first public address of its X-Forwarded-For, when it has one. */
    static void useFirstPublicAddress(LogRecord record) {
        if (!record.has(TextField.FORWARDED_FOR)) {
            return;
        }
        byte[] buf = record.buffer();
        int end = record.end(TextField.FORWARDED_FOR);
        int entryStart = record.start(TextField.FORWARDED_FOR);
        while (entryStart < end) {
            int entryEnd = indexOf(buf, entryStart, end, (byte) ',');
            if (usePublicAddress(buf, entryStart, entryEnd, record)) {
                return;
            }
            entryStart = entryEnd + 1;
        }
    }

    private static boolean usePublicAddress(byte[] buf, int start, int end, LogRecord record) {
        int s = start;
        int e = end;
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        if (s < e && buf[s] == '[') {
            int close = indexOf(buf, s, e, (byte) ']');
            if (close == e) {
                return false;
            }
            s++;
            e = close;
        } else if (hasPort(buf, s, e)) {
            e = lastIndexOf(buf, s, e, (byte) ':');
        }
        if (!IpAddresses.isPublic(buf, s, e)) {
            return false;
        }
        record.setText(TextField.CLIENT_ADDRESS, s, e, TextEscaping.NONE);
        return true;
    }

    /** An IPv4 address with a port has exactly one ':'; a bare IPv6 address has more. */
    private static boolean hasPort(byte[] buf, int start, int end) {
        int colons = 0;
        for (int i = start; i < end; i++) {
            if (buf[i] == ':') {
                colons++;
            }
        }
        return colons == 1;
    }

    /** The index of {@code b} in {@code buf[start, end)}, or {@code end}. */
    private static int indexOf(byte[] buf, int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return end;
    }

    private static int lastIndexOf(byte[] buf, int start, int end, byte b) {
        for (int i = end - 1; i >= start; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return end;
    }
}
