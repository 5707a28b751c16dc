package io.hitstream.resolver.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Waits for something that happens in the background (e.g. a write-behind flush) to reach an expected value. */
public final class Eventually {
    private Eventually() {
    }

    /** Polls {@code actual} until it equals {@code expected} or {@code limit} passes; returns the last value seen. */
    public static <T> T poll(T expected, Duration limit, Callable<T> actual) throws Exception {
        Instant end = Instant.now().plus(limit);
        T value = actual.call();
        while (!Objects.equals(expected, value) && Instant.now().isBefore(end)) {
            Thread.sleep(50);
            value = actual.call();
        }
        return value;
    }
}
