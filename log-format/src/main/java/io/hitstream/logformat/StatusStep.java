package io.hitstream.logformat;

/** The HTTP status: three digits; a {@code weak} one (Apache's original %s) yields to the final one. */
final class StatusStep extends BoundedStep {
    private final boolean weak;

    StatusStep(FieldBounds bounds, String directive, boolean weak) {
        super(bounds, directive);
        this.weak = weak;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        int status = end - start == 3 ? Digits.fixed(buf, start, 3) : -1;
        if (status < 0) {
            return malformed(buf, start, end, RejectReason.BAD_STATUS);
        }
        line.record.setNumber(NumericField.STATUS, status, weak);
        line.verifiedFields++;
        return 0;
    }
}
