package io.hitstream.logformat;

/**
 * The URL a proxy logs: an absolute URL gives the virtual host, path and query; anything else
 * (CONNECT's {@code host:443}, a bare path) is the target as is.
 */
final class ProxyUrlStep extends BoundedStep {
    ProxyUrlStep(FieldBounds bounds, String directive) {
        super(bounds, directive);
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        if (!Digits.isDash(buf, start, end) && !AbsoluteTargets.set(buf, start, end, line.record, TextEscaping.NONE, false)) {
            RequestLine.setTarget(buf, start, end, line.record, TextEscaping.NONE, false);
        }
        return 0;
    }
}
