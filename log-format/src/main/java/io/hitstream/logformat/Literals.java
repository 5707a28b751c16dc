package io.hitstream.logformat;

/** Searching a line's bytes for a format's literal text. */
final class Literals {
    private Literals() {
    }

    static boolean matchesAt(byte[] literal, byte[] buf, int pos, int end) {
        if (end - pos < literal.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (buf[pos + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from} where {@code literal} starts in {@code buf[from, end)}, or -1. */
    static int indexOf(byte[] literal, byte[] buf, int from, int end) {
        byte first = literal[0];
        int last = end - literal.length;
        for (int i = from; i <= last; i++) {
            if (buf[i] == first && matchesAt(literal, buf, i, end)) {
                return i;
            }
        }
        return -1;
    }
}
