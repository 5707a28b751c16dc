package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.rollups.sketch.LatencySketch;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    private static final Instant END = Instant.parse("2024-03-05T10:00:00Z");
    private static final GroupLatencies NO_LATENCIES = new GroupLatencies();

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

        List<Reading> readings = AlertRules.DEFAULTS.read(backwards(minutes), NO_LATENCIES, END, true);

        assertEquals(new Reading(AlertRule.TRAFFIC, 600, 600, 2, false), readings.get(0));
    }

    @Test
    void withoutTrafficInEveryPreviousWindowOnlyTheAbsoluteThresholdCounts() {
        List<Reading> readings = AlertRules.DEFAULTS.read(backwards(steady(4, 400)), NO_LATENCIES, END, false);

        assertEquals(new Reading(AlertRule.TRAFFIC, 800, 6000, 2, false), readings.get(0));
    }

    @Test
    void theErrorRateCountsOnlyWithTheMinimumRequests() {
        List<Reading> few = AlertRules.DEFAULTS.read(backwards(new MinuteTotals(49, 49)), NO_LATENCIES, END, true);
        List<Reading> enough = AlertRules.DEFAULTS.read(
                backwards(new MinuteTotals(40, 4), new MinuteTotals(10, 0)), NO_LATENCIES, END, true);

        assertEquals(new Reading(AlertRule.ERROR_RATE, 100, 5, 2, false), few.get(1));
        assertEquals(new Reading(AlertRule.ERROR_RATE, 8, 5, 2, true), enough.get(1));
    }

    @Test
    void silenceNeedsEarlierTraffic() {
        MinuteSeries nothing = backwards();

        assertEquals(new Reading(AlertRule.SILENCE, 0, 0, 10, true),
                AlertRules.DEFAULTS.read(nothing, NO_LATENCIES, END, true).get(3));
        assertEquals(new Reading(AlertRule.SILENCE, 0, 0, 10, false),
                AlertRules.DEFAULTS.read(nothing, NO_LATENCIES, END, false).get(3));
    }

    @Test
    void latencyIsHighWhenAGroupsP99PassesTheThresholdOverTheMinimumCalls() {
        GroupLatencies latencies = new GroupLatencies();
        latencies.add("api", calls(98, 200_000));
        latencies.add("api", calls(2, 1_500_000));

        assertEquals(new Reading(AlertRule.LATENCY, 1500, 1000, 5, true, "api"), latency(latencies));
    }

    @Test
    void oneSlowCallInAHundredLeavesTheP99AtTheOthers() {
        GroupLatencies latencies = new GroupLatencies();
        latencies.add("api", calls(99, 200_000));
        latencies.add("api", calls(1, 1_500_000));

        assertEquals(new Reading(AlertRule.LATENCY, 200, 1000, 5, false, "api"), latency(latencies));
    }

    @Test
    void aGroupUnderTheMinimumCallsDoesNotCountHoweverSlow() {
        GroupLatencies latencies = new GroupLatencies();
        latencies.add("rare", calls(99, 5_000_000));

        assertEquals(new Reading(AlertRule.LATENCY, 0, 1000, 5, false, ""), latency(latencies));
    }

    @Test
    void theSlowestGroupWithEnoughCallsGivesTheFigure() {
        GroupLatencies latencies = new GroupLatencies();
        latencies.add("api", calls(100, 300_000));
        latencies.add("search", calls(100, 1_200_500));
        latencies.add("rare", calls(10, 5_000_000));

        assertEquals(new Reading(AlertRule.LATENCY, 1200.5, 1000, 5, true, "search"), latency(latencies));
    }

    private static Reading latency(GroupLatencies latencies) {
        return AlertRules.DEFAULTS.read(backwards(steady(12, 100)), latencies, END, true).get(2);
    }

    private static LatencySketch calls(int count, long micros) {
        LatencySketch sketch = LatencySketch.empty();
        for (int call = 0; call < count; call++) {
            sketch.add(micros);
        }
        return sketch;
    }
}
