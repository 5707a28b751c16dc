package io.hitstream.agent.batch;

import java.io.IOException;

/** A committed offset that does not fit the file's content: not on a line boundary, or past its end. */
public final class OffsetMismatchException extends IOException {

    public OffsetMismatchException(String message) {
        super(message);
    }
}
