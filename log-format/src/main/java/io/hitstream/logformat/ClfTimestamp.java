package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** The timestamp of the NCSA formats, {@code 10/Oct/2000:13:55:36 -0700}, read without allocating. */
final class ClfTimestamp {
    private static final int LENGTH = "10/Oct/2000:13:55:36 -0700".length();
    private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private ClfTimestamp() {
    }

    /** Reads {@code buf[start, end)} (the text between the brackets) into {@code record}; false when it is not a valid timestamp. */
    static boolean parse(byte[] buf, int start, int end, LogRecord record) {
        if (end - start != LENGTH || !separatorsAt(buf, start)) {
            return false;
        }
        int day = digits(buf, start, 2);
        int month = month(buf, start + 3);
        int year = digits(buf, start + 7, 4);
        int hour = digits(buf, start + 12, 2);
        int minute = digits(buf, start + 15, 2);
        int second = digits(buf, start + 18, 2);
        int offset = offsetSeconds(buf, start + 21);
        boolean valid = month > 0 && year >= 0 && day >= 1 && day <= daysInMonth(year, month)
                && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
                && offset != Integer.MIN_VALUE;
        if (!valid) {
            return false;
        }
        long localSeconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        record.setTimestamp(localSeconds - offset, offset);
        return true;
    }

    private static boolean separatorsAt(byte[] buf, int s) {
        return buf[s + 2] == '/' && buf[s + 6] == '/' && buf[s + 11] == ':' && buf[s + 14] == ':'
                && buf[s + 17] == ':' && buf[s + 20] == ' ';
    }

    /** The value of {@code count} decimal digits, or -1 when one is not a digit. */
    private static int digits(byte[] buf, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The month 1-12 of an English three-letter abbreviation, or -1. */
    private static int month(byte[] buf, int at) {
        for (int m = 0; m < 12; m++) {
            int i = m * 3;
            if (buf[at] == MONTHS[i] && buf[at + 1] == MONTHS[i + 1] && buf[at + 2] == MONTHS[i + 2]) {
                return m + 1;
            }
        }
        return -1;
    }

    /** The offset of {@code +hhmm} or {@code -hhmm} in seconds, or Integer.MIN_VALUE when invalid. */
    private static int offsetSeconds(byte[] buf, int at) {
        int sign = buf[at] == '+' ? 1 : buf[at] == '-' ? -1 : 0;
        int hours = digits(buf, at + 1, 2);
        int minutes = digits(buf, at + 3, 2);
        int seconds = hours * 3600 + minutes * 60;
        if (sign == 0 || hours < 0 || minutes < 0 || minutes > 59 || seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign * seconds;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4, 6, 9, 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
