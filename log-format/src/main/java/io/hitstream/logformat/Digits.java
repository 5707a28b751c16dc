package io.hitstream.logformat;

/** Decimal numbers read straight from a line's bytes. */
final class Digits {
    /** Larger numbers than this many digits are refused rather than overflowing a long. */
    static final int MAX_DIGITS = 18;
    /** The value returned for text that is not a number. */
    static final long INVALID = -1;
    /** How many digits of a second's fraction make milliseconds. */
    private static final int MILLIS_DIGITS = 3;

    private Digits() {
    }

    /** The value of {@code count} digits at {@code at}, or -1 when one is not a digit (the caller checks the bounds). */
    static int fixed(byte[] buf, int at, int count) {
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

    /** The value of {@code buf[start, end)} when it is 1 to 18 digits, else {@link #INVALID}. */
    static long parse(byte[] buf, int start, int end) {
        if (end <= start || end - start > MAX_DIGITS) {
            return INVALID;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The value of a non-negative decimal such as {@code 0.123}, {@code 12} or {@code 1.5e3} in
     * units of 10^-{@code scale} (fraction digits beyond the scale are dropped), else {@link #INVALID}.
     */
    static long scaled(byte[] buf, int start, int end, int scale) {
        int i = start;
        long mantissa = 0;
        int kept = 0;
        int exponent = 0;
        while (i < end && isDigit(buf[i])) {
            if (kept == MAX_DIGITS) {
                return INVALID;
            }
            mantissa = mantissa * 10 + (buf[i++] - '0');
            kept++;
        }
        int integerDigits = kept;
        int fractionDigits = 0;
        if (i < end && buf[i] == '.') {
            for (i++; i < end && isDigit(buf[i]); i++) {
                if (kept < MAX_DIGITS) {
                    mantissa = mantissa * 10 + (buf[i] - '0');
                    kept++;
                    exponent--;
                }
                fractionDigits++;
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return INVALID;
        }
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            int e = exponent(buf, i + 1, end);
            if (e == Integer.MIN_VALUE) {
                return INVALID;
            }
            exponent += e;
            i = end;
        }
        return i == end ? shift(mantissa, exponent + scale) : INVALID;
    }

    /**
     * The milliseconds of a second's fraction, given as its digits {@code buf[start, end)} ({@code 5}
     * is 500, {@code 123456} is 123: digits past the millisecond are cut off), or -1 when there are
     * no digits or one is not a digit.
     */
    static int millisOfFraction(byte[] buf, int start, int end) {
        if (end <= start) {
            return -1;
        }
        int millis = 0;
        for (int i = start; i < start + MILLIS_DIGITS; i++) {
            int digit = i < end ? buf[i] - '0' : 0;
            if (digit < 0 || digit > 9) {
                return -1;
            }
            millis = millis * 10 + digit;
        }
        for (int i = start + MILLIS_DIGITS; i < end; i++) {
            if (!isDigit(buf[i])) {
                return -1;
            }
        }
        return millis;
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Whether {@code buf[start, end)} is a single '-', the logs' "no value". */
    static boolean isDash(byte[] buf, int start, int end) {
        return end - start == 1 && buf[start] == '-';
    }

    private static int exponent(byte[] buf, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (buf[i] == '+' || buf[i] == '-')) {
            negative = buf[i++] == '-';
        }
        if (i == end || end - i > 3) {
            return Integer.MIN_VALUE;
        }
        long value = parse(buf, i, end);
        if (value == INVALID) {
            return Integer.MIN_VALUE;
        }
        return negative ? (int) -value : (int) value;
    }

    /** {@code value * 10^power}, rounded toward zero, or {@link #INVALID} when it overflows. */
    private static long shift(long value, int power) {
        long result = value;
        for (int p = power; p < 0; p++) {
            result /= 10;
        }
        for (int p = 0; p < power; p++) {
            if (result > Long.MAX_VALUE / 10) {
                return INVALID;
            }
            result *= 10;
        }
        return result;
    }
}
