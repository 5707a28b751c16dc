package io.hitstream.logformat;

/** A text field; "-" means absent. */
final class TextStep extends BoundedStep {
    private final TextTarget target;
    private final boolean emptyAllowed;
    private final TextEscaping escapedAs;
    private final boolean alwaysEscaped;

    /**
     * @param emptyAllowed whether the server may write the value as nothing at all (a quoted
     *     header, an nginx variable); otherwise an empty field means the line is not the format
     * @param escapedAs how the server escapes a value that holds a backslash
     */
    TextStep(FieldBounds bounds, String directive, TextTarget target, boolean emptyAllowed, TextEscaping escapedAs) {
        this(bounds, directive, target, emptyAllowed, escapedAs, false);
    }

    /** @param alwaysEscaped whether {@code escapedAs} applies to every value, not only to those with a backslash */
    TextStep(FieldBounds bounds, String directive, TextTarget target, boolean emptyAllowed, TextEscaping escapedAs,
            boolean alwaysEscaped) {
        super(bounds, directive);
        this.target = target;
        this.emptyAllowed = emptyAllowed;
        this.escapedAs = escapedAs;
        this.alwaysEscaped = alwaysEscaped;
    }

    @Override
    boolean acceptsEmpty() {
        return emptyAllowed;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (end == start) {
            return emptyAllowed ? 0 : RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        if (!Digits.isDash(buf, start, end)) {
            target.set(line.record, start, end, alwaysEscaped || line.sawBackslash ? escapedAs : TextEscaping.NONE);
        }
        return 0;
    }
}
