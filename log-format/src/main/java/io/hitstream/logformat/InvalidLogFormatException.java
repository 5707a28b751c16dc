package io.hitstream.logformat;

/** Thrown when a format string cannot be compiled; says where (0-based index) and what is wrong. */
public class InvalidLogFormatException extends LogFormatException {
    private final int position;

    public InvalidLogFormatException(String dialect, String format, int position, String problem) {
        super("invalid " + dialect + " log format at position " + position + ": " + problem + " in \"" + format + "\"");
        this.position = position;
    }

    /** The 0-based index in the format string where the problem is. */
    public int position() {
        return position;
    }
}
