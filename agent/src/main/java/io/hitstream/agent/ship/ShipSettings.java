package io.hitstream.agent.ship;

/**
 * How files are shipped: the stream identity's host and site, the log format, batch limits, and how many batches
 * may be unacknowledged at once.
 */
public record ShipSettings(String host, String site, String format, BatchLimits limits, int window) {

    public ShipSettings {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least 1 batch, got " + window);
        }
    }
}
