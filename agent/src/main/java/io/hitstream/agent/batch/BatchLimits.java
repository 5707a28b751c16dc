package io.hitstream.agent.batch;

/** How big one batch may get: at most {@code maxLines} lines and at most {@code maxBytes} bytes. */
public record BatchLimits(int maxLines, int maxBytes) {

    public BatchLimits {
        if (maxLines < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxLines + " lines, " + maxBytes + " bytes");
        }
    }
}
