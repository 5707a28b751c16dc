package io.hitstream.logformat;

/** The request line (Apache's %r, nginx's $request): method, path, query and protocol. */
final class RequestLineStep extends BoundedStep {
    private final TextEscaping escapedAs;

    RequestLineStep(FieldBounds bounds, String directive, TextEscaping escapedAs) {
        super(bounds, directive);
        this.escapedAs = escapedAs;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (!RequestLine.parse(buf, start, end, line.record, line.sawBackslash ? escapedAs : TextEscaping.NONE)) {
            return RejectReason.BAD_REQUEST_LINE.failure();
        }
        line.verifiedFields++;
        return 0;
    }
}
