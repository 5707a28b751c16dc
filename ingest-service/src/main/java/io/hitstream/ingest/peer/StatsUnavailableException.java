package io.hitstream.ingest.peer;

/** Stats did not answer (down, unreachable or too slow), so a batch could not be committed. */
public class StatsUnavailableException extends RuntimeException {
    public StatsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
