package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Feeds test lines to a parser from the middle of a larger buffer, as a batch's chunk would. */
final class Lines {
    private static final byte[] BEFORE = "previous line\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AFTER = "\nnext line\n".getBytes(StandardCharsets.US_ASCII);

    private Lines() {
    }

    static LogRecord parse(LogParser parser, String line) {
        return parse(parser, line.getBytes(StandardCharsets.UTF_8));
    }

    static LogRecord parse(LogParser parser, byte[] line) {
        byte[] buf = Arrays.copyOf(BEFORE, BEFORE.length + line.length + AFTER.length);
        System.arraycopy(line, 0, buf, BEFORE.length, line.length);
        System.arraycopy(AFTER, 0, buf, BEFORE.length + line.length, AFTER.length);
        LogRecord record = new LogRecord();
        boolean parsed = parser.parse(buf, BEFORE.length, BEFORE.length + line.length, record);
        if (parsed != (record.rejectReason() == null)) {
            throw new AssertionError("parse() returned " + parsed + " but the reject reason is " + record.rejectReason());
        }
        return record;
    }
}
