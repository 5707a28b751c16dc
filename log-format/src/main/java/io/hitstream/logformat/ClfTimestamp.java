package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** The timestamp of the NCSA formats, {@code 10/Oct/2000:13:55:36 -0700}, read without allocating. */
final class ClfTimestamp {
    /** Its length in bytes. */
    static final int LENGTH = "10/Oct/2000:13:55:36 -0700".length();
    private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec".getBytes(StandardCharsets.US_ASCII);

    private ClfTimestamp() {
    }

    /** Reads {@code buf[start, end)} into {@code record}; false when it is not a valid timestamp. */
    static boolean parse(byte[] buf, int start, int end, LogRecord record) {
        if (end - start != LENGTH || !separatorsAt(buf, start)) {
            return false;
        }
        int day = Digits.fixed(buf, start, 2);
        int month = month(buf, start + 3);
        int year = Digits.fixed(buf, start + 7, 4);
        int hour = Digits.fixed(buf, start + 12, 2);
        int minute = Digits.fixed(buf, start + 15, 2);
        int second = Digits.fixed(buf, start + 18, 2);
        int offset = ZoneOffsets.hhmm(buf, start + 21, start + LENGTH);
        if (year < 0 || !CivilDates.isValidDate(year, month, day) || !CivilDates.isValidTime(hour, minute, second)
                || offset == ZoneOffsets.INVALID) {
            return false;
        }
        record.setTimestamp(CivilDates.epochSecond(year, month, day, hour, minute, second) - offset, 0, offset);
        return true;
    }

    private static boolean separatorsAt(byte[] buf, int s) {
        return buf[s + 2] == '/' && buf[s + 6] == '/' && buf[s + 11] == ':' && buf[s + 14] == ':'
                && buf[s + 17] == ':' && buf[s + 20] == ' ';
    }

    /** The month 1-12 of an English three-letter abbreviation, or -1. */
    static int month(byte[] buf, int at) {
        for (int m = 0; m < 12; m++) {
            int i = m * 3;
            if (buf[at] == MONTHS[i] && buf[at + 1] == MONTHS[i + 1] && buf[at + 2] == MONTHS[i + 2]) {
                return m + 1;
            }
        }
        return -1;
    }
}
