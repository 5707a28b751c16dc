package io.hitstream.ingest.domain;

/** A client's message that ingest refuses as sent; the message says which field is wrong and why. */
public class InvalidBatchException extends RuntimeException {
    public InvalidBatchException(String message) {
        super(message);
    }
}
