package io.hitstream.agent.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(1000), 2, 0.5);

    @Test
    void delaysGrowByTheMultiplierUpToTheCapLessTheJitterDrawn() {
        Backoff backoff = POLICY.backoff(new ScriptedRandom(0.0, 1.0, 0.5, 0.0, 0.0, 0.2));

        assertEquals(List.of(100L, 100L, 300L, 800L, 1000L, 900L), millis(backoff, 6));
    }

    @Test
    void resetStartsTheScheduleOver() {
        Backoff backoff = POLICY.backoff(new ScriptedRandom(0.0, 0.0, 0.0, 0.0));
        millis(backoff, 3);

        backoff.reset();

        assertEquals(List.of(100L), millis(backoff, 1));
    }

    @Test
    void seededRandomGivesTheSameScheduleEveryTimeWithinTheJitter() {
        List<Long> first = millis(POLICY.backoff(new Random(42)), 8);
        List<Long> second = millis(POLICY.backoff(new Random(42)), 8);

        assertEquals(first, second);
        List<Long> bases = List.of(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L, 1000L);
        for (int i = 0; i < bases.size(); i++) {
            long delay = first.get(i);
            assertTrue(delay >= bases.get(i) / 2 && delay <= bases.get(i), "delay " + i + " is " + delay);
        }
    }

    @Test
    void onlyFailuresThatCanPassAreRetried() {
        for (Status.Code code : List.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.ABORTED,
                Status.Code.CANCELLED, Status.Code.INTERNAL, Status.Code.UNKNOWN)) {
            assertTrue(POLICY.retryable(code), code.name());
        }
        for (Status.Code code : List.of(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED,
                Status.Code.INVALID_ARGUMENT, Status.Code.RESOURCE_EXHAUSTED, Status.Code.UNIMPLEMENTED)) {
            assertFalse(POLICY.retryable(code), code.name());
        }
    }

    @Test
    void capBelowTheInitialBackoffIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0.2));

        assertEquals("backoff must start above zero and be capped at no less than its start, got PT2S and PT1S",
                refused.getMessage());
    }

    private static List<Long> millis(Backoff backoff, int attempts) {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            delays.add(backoff.next().toMillis());
        }
        return delays;
    }

    /** Hands out the given doubles in turn, so that a schedule can be worked out by hand. */
    private static final class ScriptedRandom implements RandomGenerator {
        private final double[] doubles;
        private int next;

        ScriptedRandom(double... doubles) {
            this.doubles = doubles;
        }

        @Override
        public double nextDouble() {
            return doubles[next++];
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("a backoff draws doubles only");
        }
    }
}
