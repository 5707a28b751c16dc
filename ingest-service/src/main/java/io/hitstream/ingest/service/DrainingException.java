package io.hitstream.ingest.service;

/** Ingest is stopping: the client should reconnect (to another instance) and resume from the committed offset. */
public class DrainingException extends RuntimeException {
    public DrainingException() {
        super("ingest is shutting down; reconnect to resume from the committed offset");
    }
}
