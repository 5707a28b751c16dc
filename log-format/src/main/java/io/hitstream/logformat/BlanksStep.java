package io.hitstream.logformat;

/** One or more spaces, where a format pads its columns (Squid's right-aligned elapsed time). */
final class BlanksStep extends Step {
    static final BlanksStep INSTANCE = new BlanksStep();

    private BlanksStep() {
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        int p = pos;
        while (p < end && buf[p] == ' ') {
            p++;
        }
        if (p > pos) {
            return p;
        }
        return pos == end ? line.endedEarly() : RejectReason.NOT_MATCHING_FORMAT.failure();
    }

    @Override
    String describe() {
        return "' '+";
    }
}
