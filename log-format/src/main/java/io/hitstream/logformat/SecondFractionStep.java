package io.hitstream.logformat;

/** Apache's %{msec_frac}t and %{usec_frac}t: the fraction of the second the other time directives give, kept to the millisecond. */
final class SecondFractionStep extends BoundedStep {
    private final int digits;

    SecondFractionStep(FieldBounds bounds, String directive, int digits) {
        super(bounds, directive);
        this.digits = digits;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        int millis = end - start == digits ? Digits.millisOfFraction(buf, start, end) : -1;
        if (millis < 0) {
            return malformed(buf, start, end, RejectReason.BAD_TIMESTAMP);
        }
        line.time.present = true;
        line.time.millis = millis;
        return 0;
    }
}
