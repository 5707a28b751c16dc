package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesAfterEachFailure() {
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(320), backoff.after(6));
    }

    @Test
    void theWaitNeverPassesTheCap() {
        assertEquals(Duration.ofMinutes(10), backoff.after(7));
        assertEquals(Duration.ofMinutes(10), backoff.after(1000));
    }
}
