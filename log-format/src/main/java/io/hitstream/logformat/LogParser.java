package io.hitstream.logformat;

/**
 * Parses lines of one log format into a reusable {@link LogRecord}.
 *
 * <p>Never throws on any input: every line is either parsed or rejected with a {@link RejectReason}.
 * A parser may keep state between the lines of one file, so use one per file and thread.
 */
public interface LogParser {
    /**
     * Parses {@code buf[start, end)}, one line without its '\n' (a trailing '\r' is ignored), into
     * {@code record}, which is cleared first and then refers to {@code buf} until its next use.
     *
     * @return true when the line was parsed; false when it was rejected, with the reason in
     *     {@link LogRecord#rejectReason()}
     */
    boolean parse(byte[] buf, int start, int end, LogRecord record);
}
