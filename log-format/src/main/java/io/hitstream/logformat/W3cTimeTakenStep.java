package io.hitstream.logformat;

/**
 * W3C Extended's {@code time-taken}: IIS writes whole milliseconds, the W3C draft decimal seconds;
 * a value with a decimal point is read as seconds, one without as milliseconds.
 */
final class W3cTimeTakenStep extends BoundedStep {
    private static final int MICROS_SCALE = 6;
    private static final long MICROS_PER_MILLI = 1000;

    W3cTimeTakenStep(FieldBounds bounds, String directive) {
        super(bounds, directive);
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (Digits.isDash(buf, start, end)) {
            return 0;
        }
        long micros = hasPoint(buf, start, end) ? Digits.scaled(buf, start, end, MICROS_SCALE) : millis(buf, start, end);
        if (micros == Digits.INVALID) {
            return malformed(buf, start, end, RejectReason.BAD_NUMBER);
        }
        line.record.setNumber(NumericField.LATENCY_MICROS, micros);
        line.verifiedFields++;
        return 0;
    }

    private static long millis(byte[] buf, int start, int end) {
        long millis = Digits.parse(buf, start, end);
        return millis == Digits.INVALID || millis > Long.MAX_VALUE / MICROS_PER_MILLI ? Digits.INVALID : millis * MICROS_PER_MILLI;
    }

    private static boolean hasPoint(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] == '.') {
                return true;
            }
        }
        return false;
    }
}
