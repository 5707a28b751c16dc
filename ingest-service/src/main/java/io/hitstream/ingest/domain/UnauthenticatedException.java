package io.hitstream.ingest.domain;

/** A call without a known bearer token; the message says what was wrong and never repeats the token. */
public class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
