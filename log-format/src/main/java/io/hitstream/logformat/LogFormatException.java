package io.hitstream.logformat;

/** A log format that cannot be used: an unknown name or an invalid format string; refused before any line is read. */
public class LogFormatException extends IllegalArgumentException {
    public LogFormatException(String message) {
        super(message);
    }
}
