package io.hitstream.report.domain;

/** A report was asked for dates it refuses; {@link #reason()} says which way, the message how to fix it. */
public class InvalidRangeException extends RuntimeException {
    /** The ways a range can be wrong, each a problem type of its own for API clients. */
    public enum Reason { BAD_DATE, FROM_AFTER_TO, RANGE_TOO_LONG }

    private final Reason reason;

    public InvalidRangeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
