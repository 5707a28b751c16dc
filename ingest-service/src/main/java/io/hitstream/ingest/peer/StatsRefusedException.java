package io.hitstream.ingest.peer;

/** Stats answered that what it was sent is invalid; sending it again would not help. */
public class StatsRefusedException extends RuntimeException {
    public StatsRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
