package io.hitstream.report.domain;

/** A panel was asked for with a sort column, direction, page or size it does not have. */
public class InvalidPanelOptionException extends RuntimeException {
    public InvalidPanelOptionException(String message) {
        super(message);
    }
}
