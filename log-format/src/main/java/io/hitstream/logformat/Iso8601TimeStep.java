package io.hitstream.logformat;

/** nginx's $time_iso8601, {@code 2026-11-01T00:00:01+00:00}. */
final class Iso8601TimeStep extends Step {
    private final String directive;

    Iso8601TimeStep(String directive) {
        this.directive = directive;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        if (pos == end) {
            return line.endedEarly();
        }
        int next = Iso8601Timestamp.read(buf, pos, end, line.record);
        if (next < 0) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        line.verifiedFields++;
        return next;
    }

    @Override
    String describe() {
        return directive;
    }
}
