package io.hitstream.report.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock "today" is read from (range presets, the overview's last 30 days), and the live page's minutes and the
 * archive's finished weeks are taken against; tests replace it with a fixed one.
 */
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
