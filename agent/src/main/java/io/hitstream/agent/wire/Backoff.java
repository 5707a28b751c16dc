package io.hitstream.agent.wire;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** The delays before successive attempts of one follower, as its {@link RetryPolicy} says; reset after a success. */
public final class Backoff {

    private final RetryPolicy policy;
    private final RandomGenerator random;
    private int failures;

    Backoff(RetryPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    /** The delay before the next attempt, counting one more failure. */
    public Duration next() {
        double capNanos = policy.maxBackoff().toNanos();
        double baseNanos = Math.min(capNanos, policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), failures));
        if (baseNanos < capNanos) {
            failures++;
        }
        double jittered = baseNanos * (1 - policy.jitter() * random.nextDouble());
        return Duration.ofNanos(Math.round(jittered));
    }

    /** Starts the schedule over: the next delay is the initial one again. */
    public void reset() {
        failures = 0;
    }
}
