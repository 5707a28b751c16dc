package io.hitstream.logformat;

/** A whole number (a size, a port, a latency in some unit); "-" means absent. */
final class IntegerStep extends BoundedStep {
    private final NumericField field;
    private final long multiplier;
    private final boolean weak;

    /**
     * @param multiplier what the logged unit is worth in the field's unit (1000 for milliseconds of a latency)
     * @param weak whether the value only fills the field when no other directive of the line does
     */
    IntegerStep(FieldBounds bounds, String directive, NumericField field, long multiplier, boolean weak) {
        super(bounds, directive);
        this.field = field;
        this.multiplier = multiplier;
        this.weak = weak;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (Digits.isDash(buf, start, end)) {
            return 0;
        }
        long value = Digits.parse(buf, start, end);
        if (value == Digits.INVALID || value > Long.MAX_VALUE / multiplier) {
            return malformed(buf, start, end, badValue(field));
        }
        line.record.setNumber(field, value * multiplier, weak);
        line.verifiedFields++;
        return 0;
    }

    /** The reason for a malformed value of this field. */
    static RejectReason badValue(NumericField field) {
        return field == NumericField.RESPONSE_BYTES || field == NumericField.REQUEST_BYTES
                ? RejectReason.BAD_SIZE : RejectReason.BAD_NUMBER;
    }
}
