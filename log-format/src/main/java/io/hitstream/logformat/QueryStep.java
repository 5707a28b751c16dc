package io.hitstream.logformat;

/**
 * A query string logged on its own: Apache's %q ({@code ?a=b}, or nothing) or nginx's $args
 * ({@code a=b}); it only fills what the request line, when also logged, has not set.
 */
final class QueryStep extends BoundedStep {
    private final boolean questionMarkFirst;
    private final TextEscaping escapedAs;

    QueryStep(FieldBounds bounds, String directive, boolean questionMarkFirst, TextEscaping escapedAs) {
        super(bounds, directive);
        this.questionMarkFirst = questionMarkFirst;
        this.escapedAs = escapedAs;
    }

    @Override
    boolean acceptsEmpty() {
        return true;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (end == start || Digits.isDash(buf, start, end)) {
            return 0;
        }
        int queryStart = start;
        if (questionMarkFirst) {
            if (buf[start] != '?') {
                return RejectReason.NOT_MATCHING_FORMAT.failure();
            }
            queryStart++;
        }
        line.record.setText(TextField.QUERY, queryStart, end, line.sawBackslash ? escapedAs : TextEscaping.NONE, true);
        return 0;
    }
}
