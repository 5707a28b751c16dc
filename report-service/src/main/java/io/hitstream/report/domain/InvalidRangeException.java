package io.hitstream.report.domain;

/** A report was asked for dates it refuses: not a date, from after to, or too long a range. */
public class InvalidRangeException extends RuntimeException {
    public InvalidRangeException(String message) {
        super(message);
    }
}
