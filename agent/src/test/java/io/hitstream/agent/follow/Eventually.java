package io.hitstream.agent.follow;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition that a follower makes true in its own time; fails with what was awaited and what was seen. */
final class Eventually {

    private static final long DEADLINE_MILLIS = 60_000;

    private Eventually() {
    }

    static void until(BooleanSupplier condition, Supplier<String> seen) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not reached within " + DEADLINE_MILLIS + " ms; seen: " + seen.get());
            }
            Thread.sleep(10);
        }
    }
}
