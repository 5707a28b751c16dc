package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    private static final Instant END = Instant.parse("2024-03-05T10:00:00Z");

    /** The minutes before END, the last one first. */
    private static MinuteSeries backwards(MinuteTotals... minutes) {
        Map<Instant, MinuteTotals> series = new HashMap<>();
        for (int back = 0; back < minutes.length; back++) {
            series.put(END.minus(Duration.ofMinutes(back + 1L)), minutes[back]);
        }
        return new MinuteSeries(series);
    }

    private static MinuteTotals[] steady(int minutes, long hits) {
        MinuteTotals[] series = new MinuteTotals[minutes];
        Arrays.fill(series, new MinuteTotals(hits, 0));
        return series;
    }

    @Test
    void trafficComparesWithTheLowerOfTheAbsoluteAndTheRelativeThreshold() {
        MinuteTotals[] minutes = steady(12, 100);
        minutes[0] = new MinuteTotals(500, 0);

        List<Reading> readings = AlertRules.DEFAULTS.read(backwards(minutes), END, true);

        assertEquals(new Reading(AlertRule.TRAFFIC, 600, 600, 2, false), readings.get(0));
    }

    @Test
    void withoutTrafficInEveryPreviousWindowOnlyTheAbsoluteThresholdCounts() {
        List<Reading> readings = AlertRules.DEFAULTS.read(backwards(steady(4, 400)), END, false);

        assertEquals(new Reading(AlertRule.TRAFFIC, 800, 6000, 2, false), readings.get(0));
    }

    @Test
    void theErrorRateCountsOnlyWithTheMinimumRequests() {
        List<Reading> few = AlertRules.DEFAULTS.read(backwards(new MinuteTotals(49, 49)), END, true);
        List<Reading> enough = AlertRules.DEFAULTS.read(
                backwards(new MinuteTotals(40, 4), new MinuteTotals(10, 0)), END, true);

        assertEquals(new Reading(AlertRule.ERROR_RATE, 100, 5, 2, false), few.get(1));
        assertEquals(new Reading(AlertRule.ERROR_RATE, 8, 5, 2, true), enough.get(1));
    }

    @Test
    void silenceNeedsEarlierTraffic() {
        MinuteSeries nothing = backwards();

        assertEquals(new Reading(AlertRule.SILENCE, 0, 0, 10, true), AlertRules.DEFAULTS.read(nothing, END, true).get(2));
        assertEquals(new Reading(AlertRule.SILENCE, 0, 0, 10, false), AlertRules.DEFAULTS.read(nothing, END, false).get(2));
    }
}
