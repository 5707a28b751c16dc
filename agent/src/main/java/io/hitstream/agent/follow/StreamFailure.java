package io.hitstream.agent.follow;

/** A stream cannot go on: ingest refuses it for good, or its file does not fit what ingest committed of it. */
public final class StreamFailure extends RuntimeException {

    public StreamFailure(String reason) {
        super(reason);
    }

    public StreamFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
