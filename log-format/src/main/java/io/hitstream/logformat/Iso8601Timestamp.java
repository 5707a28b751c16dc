package io.hitstream.logformat;

/**
 * ISO 8601 timestamps as logs write them, {@code 2026-11-01T00:00:01+00:00}, with an optional
 * fraction of a second (kept to the millisecond) and an offset of {@code Z}, {@code +hh:mm} or {@code +hhmm}.
 */
final class Iso8601Timestamp {
    private static final int DATE_TIME_LENGTH = "2026-11-01T00:00:01".length();

    private Iso8601Timestamp() {
    }

    /**
     * Reads a timestamp starting at {@code pos} into the record; returns the position after it, or
     * -1 when there is no valid one. Without an offset the time is taken as UTC.
     */
    static int read(byte[] buf, int pos, int end, LogRecord record) {
        if (end - pos < DATE_TIME_LENGTH || !separatorsAt(buf, pos)) {
            return -1;
        }
        int year = Digits.fixed(buf, pos, 4);
        int month = Digits.fixed(buf, pos + 5, 2);
        int day = Digits.fixed(buf, pos + 8, 2);
        int hour = Digits.fixed(buf, pos + 11, 2);
        int minute = Digits.fixed(buf, pos + 14, 2);
        int second = Digits.fixed(buf, pos + 17, 2);
        if (year < 0 || !CivilDates.isValidDate(year, month, day) || !CivilDates.isValidTime(hour, minute, second)) {
            return -1;
        }
        int p = pos + DATE_TIME_LENGTH;
        int millis = 0;
        if (p < end && buf[p] == '.') {
            int fraction = ++p;
            while (p < end && Digits.isDigit(buf[p])) {
                p++;
            }
            millis = p == fraction ? 0 : Digits.millisOfFraction(buf, fraction, p);
        }
        int offset = 0;
        if (p < end && (buf[p] == 'Z' || buf[p] == '+' || buf[p] == '-')) {
            int length = ZoneOffsets.length(buf, p, end);
            offset = ZoneOffsets.value(buf, p, length);
            if (offset == ZoneOffsets.INVALID) {
                return -1;
            }
            p += length;
        }
        record.setTimestamp(CivilDates.epochSecond(year, month, day, hour, minute, second) - offset, millis, offset);
        return p;
    }

    private static boolean separatorsAt(byte[] buf, int s) {
        return buf[s + 4] == '-' && buf[s + 7] == '-' && (buf[s + 10] == 'T' || buf[s + 10] == ' ')
                && buf[s + 13] == ':' && buf[s + 16] == ':';
    }
}
