package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TransitionTest {
    @Test
    void aLatencyAlertsMessageNamesItsRequestGroup() {
        Transition raised = new Transition(AlertRule.LATENCY, Transition.Kind.RAISED, 2000, 1000, 5,
                Instant.parse("2024-03-05T09:02:00Z"), null, "api");

        assertEquals("High latency (api) generated an alert - p99 ms = 2000, triggered at 2024-03-05T10:02:00+01:00",
                raised.message(ZoneId.of("Europe/Paris")));
    }
}
