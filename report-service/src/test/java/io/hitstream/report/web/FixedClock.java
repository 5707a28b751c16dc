package io.hitstream.report.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Every report test runs at noon UTC on the fixture's last day, 2026-11-07, so "today" and the 30 days are known. */
public class FixedClock {
    static final Instant NOW = Instant.parse("2026-11-07T12:00:00Z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
