package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/**
 * Reads a W3C Extended file: data lines by the current columns; {@code #} directive lines are
 * reported as {@link RejectReason#DIRECTIVE}, a {@code #Fields:} one replacing the columns.
 */
final class W3cLogParser extends LineParser {
    private static final byte[] FIELDS = W3cFieldsCompiler.FIELDS_DIRECTIVE.getBytes(StandardCharsets.US_ASCII);

    private Step[] steps;

    W3cLogParser(Step[] initialSteps, ParserOptions options) {
        super(options);
        this.steps = initialSteps;
    }

    @Override
    int parseLine(byte[] buf, int start, int end) {
        if (buf[start] != '#') {
            return CompiledLogParser.run(steps, buf, start, end, line, localTimes);
        }
        if (Literals.matchesAt(FIELDS, buf, start, end)) {
            return readFields(new String(buf, start, end - start, StandardCharsets.UTF_8));
        }
        return RejectReason.DIRECTIVE.failure();
    }

    private int readFields(String fieldsLine) {
        try {
            steps = W3cFieldsCompiler.compile(fieldsLine);
            return RejectReason.DIRECTIVE.failure();
        } catch (InvalidLogFormatException e) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
    }
}
