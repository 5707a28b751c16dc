package io.hitstream.logformat;

/** Squid's result code and status, {@code TCP_MISS/200}; status 000 (no reply was sent) is absent. */
final class SquidResultStep extends BoundedStep {
    SquidResultStep(FieldBounds bounds) {
        super(bounds, "code/status");
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        int slash = start;
        while (slash < end && isCodeByte(buf[slash])) {
            slash++;
        }
        if (slash == start || slash >= end || buf[slash] != '/') {
            return malformed(buf, start, end, RejectReason.NOT_MATCHING_FORMAT);
        }
        int status = end - slash == 4 ? Digits.fixed(buf, slash + 1, 3) : -1;
        if (status < 0) {
            return RejectReason.BAD_STATUS.failure();
        }
        line.record.setText(TextField.CACHE_RESULT, start, slash, TextEscaping.NONE);
        if (status != 0) {
            line.record.setStatus(status);
        }
        line.verifiedFields++;
        return 0;
    }

    private static boolean isCodeByte(byte b) {
        return (b >= 'A' && b <= 'Z') || b == '_' || (b >= '0' && b <= '9');
    }
}
