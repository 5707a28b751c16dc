package io.hitstream.logformat;

/** A field whose extent the format's next literal decides; subclasses check and store its value. */
abstract class BoundedStep extends Step {
    private final FieldBounds bounds;
    private final String directive;

    BoundedStep(FieldBounds bounds, String directive) {
        this.bounds = bounds;
        this.directive = directive;
    }

    @Override
    final int read(byte[] buf, int pos, int end, LineState line) {
        int fieldEnd = bounds.fieldEnd(buf, pos, end, line);
        if (fieldEnd < 0) {
            return fieldEnd;
        }
        if (fieldEnd == pos && pos == end && !acceptsEmpty()) {
            return line.endedEarly();
        }
        int outcome = accept(buf, pos, fieldEnd, line);
        return outcome < 0 ? outcome : fieldEnd;
    }

    /** Whether an empty value is a value, rather than a sign the line ended early. */
    boolean acceptsEmpty() {
        return false;
    }

    /** Checks and stores {@code buf[start, end)}; returns 0, or a negative {@link RejectReason#failure()}. */
    abstract int accept(byte[] buf, int start, int end, LineState line);

    /**
     * The failure for a value that is not what the field holds: {@code reason}, unless the value
     * spans a space, which means the line has more (or other) fields than the format.
     */
    static int malformed(byte[] buf, int start, int end, RejectReason reason) {
        for (int i = start; i < end; i++) {
            if (buf[i] == ' ') {
                return RejectReason.NOT_MATCHING_FORMAT.failure();
            }
        }
        return reason.failure();
    }

    @Override
    final String describe() {
        return directive;
    }
}
