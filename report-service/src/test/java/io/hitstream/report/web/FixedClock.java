package io.hitstream.report.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the report tests: noon UTC on the rollup fixture's last day, 2026-11-07, so "today" and the overview's
 * 30 days are known, unless a test sets it elsewhere (the live page's tests, in a profile of their own).
 */
@Alternative
@Priority(1)
@Singleton
public class FixedClock extends Clock {
    static final Instant NOW = Instant.parse("2026-11-07T12:00:00Z");

    private volatile Instant now = NOW;

    void set(Instant instant) {
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
        return Clock.fixed(now, zone);
    }
}
