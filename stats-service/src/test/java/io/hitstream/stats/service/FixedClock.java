package io.hitstream.stats.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock of the alert tests: it stands where a test sets it. */
@Alternative
@Priority(1)
@Singleton
public class FixedClock extends Clock {
    private volatile Instant now = Instant.parse("2024-01-01T00:00:00Z");

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the alert clock is UTC");
    }
}
