package io.hitstream.stats.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock alert windows and the commits' minute retention are taken against: the system's, or a test's (a clock
 * file, or a fixed one in-process).
 */
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock(StatsConfig config) {
        return config.alerts().clockFile().<Clock>map(FileClock::new).orElseGet(Clock::systemUTC);
    }
}
