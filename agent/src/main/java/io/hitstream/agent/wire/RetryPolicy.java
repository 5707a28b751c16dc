package io.hitstream.agent.wire;

import io.grpc.Status;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When and how soon a follower calls ingest again after a call failed, in the manner of OpenTelemetry's
 * RetryPolicy: only after a status in {@link #RETRYABLE}, waiting a backoff that starts at {@code initialBackoff},
 * grows by {@code multiplier} per failure up to {@code maxBackoff}, and is shortened by up to {@code jitter} of
 * itself at random so that many agents do not reconnect in step. Retrying is always safe: ingest applies a batch
 * at most once, by its offsets.
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter) {

    /**
     * Failures that can pass: ingest or the network is away (UNAVAILABLE), slow (DEADLINE_EXCEEDED), or cut the
     * call (ABORTED, CANCELLED), or ingest failed inside (INTERNAL, UNKNOWN; a restarting peer looks like this).
     * The others mean the request itself is refused (a token, a site, a format, a limit) and would be refused
     * again.
     */
    public static final Set<Status.Code> RETRYABLE = EnumSet.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.ABORTED, Status.Code.CANCELLED, Status.Code.INTERNAL, Status.Code.UNKNOWN);

    public RetryPolicy {
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must start above zero and be capped at no less than its start, got "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("the backoff multiplier must be at least 1, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
    }

    public boolean retryable(Status.Code code) {
        return RETRYABLE.contains(code);
    }

    /** A fresh schedule of delays drawn from {@code random}. */
    public Backoff backoff(RandomGenerator random) {
        return new Backoff(this, random);
    }
}
