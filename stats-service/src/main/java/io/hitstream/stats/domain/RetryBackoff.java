package io.hitstream.stats.domain;

import java.time.Duration;

/** Waits between retries: the first wait, doubled after each further failure, never above the cap. */
public record RetryBackoff(Duration first, Duration cap) {
    /** The wait after the given number of failed attempts (1 or more). */
    public Duration after(int failedAttempts) {
        Duration wait = first;
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(cap) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) < 0 ? wait : cap;
    }
}
