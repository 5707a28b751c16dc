package io.hitstream.logformat;

/**
 * A request target logged on its own (nginx's $request_uri, Apache's %U%q): path and query; they
 * only fill what the request line, when the format also logs it, has not set.
 */
final class TargetStep extends BoundedStep {
    private final TextEscaping escapedAs;

    TargetStep(FieldBounds bounds, String directive, TextEscaping escapedAs) {
        super(bounds, directive);
        this.escapedAs = escapedAs;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (end > start && !Digits.isDash(buf, start, end)) {
            RequestLine.setTarget(buf, start, end, line.record, line.sawBackslash ? escapedAs : TextEscaping.NONE, true);
        }
        return 0;
    }
}
