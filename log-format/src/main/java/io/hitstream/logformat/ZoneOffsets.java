package io.hitstream.logformat;

/** Zone offsets as logs write them: {@code +hhmm}, {@code +hh:mm} or {@code Z}. */
final class ZoneOffsets {
    /** Returned for text that is not an offset. */
    static final int INVALID = Integer.MIN_VALUE;

    private ZoneOffsets() {
    }

    /** The offset in seconds of exactly {@code +hhmm} or {@code -hhmm} at {@code buf[at, end)}, or {@link #INVALID}. */
    static int hhmm(byte[] buf, int at, int end) {
        if (end - at != 5) {
            return INVALID;
        }
        return offset(buf[at], Digits.fixed(buf, at + 1, 2), Digits.fixed(buf, at + 3, 2));
    }

    /**
     * The length of the offset at {@code buf[at..]}: {@code Z}, {@code +hh:mm} or {@code +hhmm};
     * 0 when there is none. Its value is then {@link #value}.
     */
    static int length(byte[] buf, int at, int end) {
        if (at < end && buf[at] == 'Z') {
            return 1;
        }
        if (end - at >= 6 && buf[at + 3] == ':' && Digits.isDigit(buf[at + 4])) {
            return 6;
        }
        return end - at >= 5 ? 5 : 0;
    }

    /** The value of an offset of the given {@link #length}, or {@link #INVALID}. */
    static int value(byte[] buf, int at, int length) {
        switch (length) {
            case 1:
                return 0;
            case 5:
                return offset(buf[at], Digits.fixed(buf, at + 1, 2), Digits.fixed(buf, at + 3, 2));
            case 6:
                return offset(buf[at], Digits.fixed(buf, at + 1, 2), Digits.fixed(buf, at + 4, 2));
            default:
                return INVALID;
        }
    }

    private static int offset(byte signByte, int hours, int minutes) {
        int sign = signByte == '+' ? 1 : signByte == '-' ? -1 : 0;
        int seconds = hours * 3600 + minutes * 60;
        if (sign == 0 || hours < 0 || minutes < 0 || minutes > 59 || seconds > CivilDates.MAX_OFFSET_SECONDS) {
            return INVALID;
        }
        return sign * seconds;
    }
}
