package io.hitstream.logformat;

/** Runs a compiled format's steps over a line, then puts its timestamp together. */
final class CompiledLogParser extends LineParser {
    private final Step[] steps;

    CompiledLogParser(Step[] steps, ParserOptions options) {
        super(options);
        this.steps = steps;
    }

    @Override
    int parseLine(byte[] buf, int start, int end) {
        return run(steps, buf, start, end, line, localTimes);
    }

    /** Runs steps over {@code buf[start, end)}, which they must read whole; returns 0 or a {@link RejectReason#failure()}. */
    static int run(Step[] steps, byte[] buf, int start, int end, LineState line, LocalTimes localTimes) {
        int p = start;
        for (Step step : steps) {
            p = step.read(buf, p, end, line);
            if (p < 0) {
                return p;
            }
        }
        if (p != end) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        if (!line.time.complete(line.record, localTimes)) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        return 0;
    }
}
