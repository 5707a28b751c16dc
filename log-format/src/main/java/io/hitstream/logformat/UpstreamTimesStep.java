package io.hitstream.logformat;

/**
 * nginx's $upstream_response_time: decimal seconds per upstream tried, {@code 0.012, 0.004} (or
 * {@code " : "} between redirected groups), summed into microseconds; "-" means absent.
 */
final class UpstreamTimesStep extends Step {
    private static final int MICROS_SCALE = 6;

    private final String directive;

    UpstreamTimesStep(String directive) {
        this.directive = directive;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        if (pos == end) {
            return line.endedEarly();
        }
        long total = 0;
        boolean any = false;
        int p = pos;
        while (true) {
            int valueEnd = p;
            while (valueEnd < end && (Digits.isDigit(buf[valueEnd]) || buf[valueEnd] == '.' || buf[valueEnd] == '-')) {
                valueEnd++;
            }
            if (!Digits.isDash(buf, p, valueEnd)) {
                long micros = Digits.scaled(buf, p, valueEnd, MICROS_SCALE);
                if (micros == Digits.INVALID || micros > Long.MAX_VALUE - total) {
                    return RejectReason.BAD_NUMBER.failure();
                }
                total += micros;
                any = true;
            }
            int separator = separatorLength(buf, valueEnd, end);
            if (separator == 0) {
                if (any) {
                    line.record.setNumber(NumericField.UPSTREAM_LATENCY_MICROS, total);
                }
                return valueEnd;
            }
            p = valueEnd + separator;
        }
    }

    /** The length of ", " or " : " at {@code at} followed by a value, or 0. */
    private static int separatorLength(byte[] buf, int at, int end) {
        if (end - at > 2 && buf[at] == ',' && buf[at + 1] == ' ') {
            return 2;
        }
        if (end - at > 3 && buf[at] == ' ' && buf[at + 1] == ':' && buf[at + 2] == ' ') {
            return 3;
        }
        return 0;
    }

    @Override
    String describe() {
        return directive;
    }
}
