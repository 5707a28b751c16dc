package io.hitstream.agent.batch;

/** How big one batch may get: at most {@code maxLines} lines and at most {@code maxBytes} bytes. */
public record BatchLimits(int maxLines, int maxBytes) {

    /** The most bytes a batch may be set to: beyond it a batch could not be sent (gRPC refuses messages of a few MiB by default, ingest more than 4 MiB). */
    public static final int MOST_BYTES = 64 * 1024 * 1024;

    public BatchLimits {
        if (maxLines < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxLines + " lines, " + maxBytes + " bytes");
        }
    }
}
