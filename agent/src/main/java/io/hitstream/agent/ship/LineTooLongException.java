package io.hitstream.agent.ship;

import java.io.IOException;

/** A line that does not fit in one batch; lines are never split, so it cannot be shipped. */
public final class LineTooLongException extends IOException {

    public LineTooLongException(long offset, int maxBytes) {
        super("the line at byte offset " + offset + " is longer than the batch limit of " + maxBytes + " bytes");
    }
}
