package io.hitstream.logformat;

/** Apache's %{msec_frac}t and %{usec_frac}t: digits checked and dropped, as timestamps are kept to the second. */
final class SecondFractionStep extends BoundedStep {
    private final int digits;

    SecondFractionStep(FieldBounds bounds, String directive, int digits) {
        super(bounds, directive);
        this.digits = digits;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (end - start != digits || Digits.parse(buf, start, end) == Digits.INVALID) {
            return malformed(buf, start, end, RejectReason.BAD_TIMESTAMP);
        }
        line.time.present = true;
        return 0;
    }
}
