package io.hitstream.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void shortFormsAndIsoAreRead() {
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1),
                        Duration.ofMillis(1500)),
                List.of(DurationText.parse("250ms"), DurationText.parse("2s"), DurationText.parse("5m"),
                        DurationText.parse("1h"), DurationText.parse("PT1.5S")));
    }

    @Test
    void numberWithoutUnitIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DurationText.parse("30"));

        assertEquals("not a duration: '30' (write e.g. 250ms, 2s, 5m, 1h or PT2S)", refused.getMessage());
    }
}
