package io.hitstream.logformat;

/** One element of a compiled format: reads a literal or a field from a position of the line. */
abstract class Step {
    /**
     * Reads from {@code buf[pos, end)}; returns the position after what it read, or a negative
     * {@link RejectReason#failure()}.
     */
    abstract int read(byte[] buf, int pos, int end, LineState line);

    /** What the format string said here, for error messages and tests. */
    abstract String describe();
}
