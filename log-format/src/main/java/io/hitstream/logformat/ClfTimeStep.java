package io.hitstream.logformat;

/** The NCSA timestamp: Apache's %t {@code [10/Oct/2000:13:55:36 -0700]} (brackets included) or nginx's $time_local (without). */
final class ClfTimeStep extends Step {
    private final boolean bracketed;
    private final String directive;

    ClfTimeStep(boolean bracketed, String directive) {
        this.bracketed = bracketed;
        this.directive = directive;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        if (pos == end) {
            return line.endedEarly();
        }
        return bracketed ? readBracketed(buf, pos, end, line) : readBare(buf, pos, end, line);
    }

    private int readBracketed(byte[] buf, int pos, int end, LineState line) {
        if (buf[pos] != '[') {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        int close = pos + 1 + ClfTimestamp.LENGTH;
        if (close >= end || buf[close] != ']') {
            close = indexOf(buf, pos + 1, end, (byte) ']');
        }
        if (close < 0) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        return timestamp(buf, pos + 1, close, line, close + 1);
    }

    private int readBare(byte[] buf, int pos, int end, LineState line) {
        if (end - pos < ClfTimestamp.LENGTH) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        return timestamp(buf, pos, pos + ClfTimestamp.LENGTH, line, pos + ClfTimestamp.LENGTH);
    }

    private static int timestamp(byte[] buf, int start, int end, LineState line, int next) {
        if (!ClfTimestamp.parse(buf, start, end, line.record)) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        line.verifiedFields++;
        return next;
    }

    private static int indexOf(byte[] buf, int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    String describe() {
        return directive;
    }
}
