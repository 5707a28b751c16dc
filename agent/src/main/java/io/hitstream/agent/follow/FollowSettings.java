package io.hitstream.agent.follow;

import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.wire.RetryPolicy;
import java.time.Duration;

/**
 * How streams are followed and shipped.
 *
 * @param limits at most so many lines and bytes per batch
 * @param window at most so many batches sent and not yet acknowledged, per stream
 * @param linger how long a partial batch waits for more lines before it is sent anyway
 * @param pollInterval how often a file is checked for new lines, rotation and truncation
 * @param idleTimeout a file not written for this long is closed and opened again from its path
 * @param rotationGrace a file replaced at its path is finished once not written for this long
 * @param rotatedWatch a finished rotated file is still held open and watched this long after it was last written,
 *     so that lines a server writes into it later are shipped too (zero: closed at once)
 * @param ackTimeout a call whose oldest batch or handshake is not answered within this is given up
 * @param backfill on a stream's first start, ship its rotated predecessors first, oldest first
 * @param retry when and how soon a failed call is tried again
 */
public record FollowSettings(BatchLimits limits, int window, Duration linger, Duration pollInterval,
        Duration idleTimeout, Duration rotationGrace, Duration rotatedWatch, Duration ackTimeout, boolean backfill, RetryPolicy retry) {

    public FollowSettings {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least 1 batch, got " + window);
        }
        requirePositive("poll interval", pollInterval);
        requirePositive("idle timeout", idleTimeout);
        requirePositive("ack timeout", ackTimeout);
        if (linger.isNegative() || rotationGrace.isNegative() || rotatedWatch.isNegative()) {
            throw new IllegalArgumentException("linger, rotation grace and rotated watch must not be negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be positive, got " + value);
        }
    }
}
