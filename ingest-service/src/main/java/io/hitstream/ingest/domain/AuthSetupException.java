package io.hitstream.ingest.domain;

/** The token settings cannot be used (no token while one is required, an unreadable or malformed tokens file): ingest does not start. */
public class AuthSetupException extends RuntimeException {
    public AuthSetupException(String message) {
        super(message);
    }

    public AuthSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
