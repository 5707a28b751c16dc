package io.hitstream.logformat;

/** A duration in decimal seconds such as nginx's $request_time {@code 0.123}, stored in microseconds; "-" means absent. */
final class DecimalSecondsStep extends BoundedStep {
    private static final int MICROS_SCALE = 6;

    private final NumericField field;

    DecimalSecondsStep(FieldBounds bounds, String directive, NumericField field) {
        super(bounds, directive);
        this.field = field;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (Digits.isDash(buf, start, end)) {
            return 0;
        }
        long micros = Digits.scaled(buf, start, end, MICROS_SCALE);
        if (micros == Digits.INVALID) {
            return malformed(buf, start, end, RejectReason.BAD_NUMBER);
        }
        line.record.setNumber(field, micros);
        line.verifiedFields++;
        return 0;
    }
}
