package io.hitstream.stats.domain;

/** Input that cannot be applied as sent; the message says which field and why, and nothing of it is written. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
