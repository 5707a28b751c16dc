package io.hitstream.stats.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One site's alert rules and their thresholds, and how they read a window of its minutes.
 *
 * @param trafficWindow minutes summed by the traffic rule
 * @param trafficAbsoluteThreshold hits in that window above which traffic is high
 * @param trafficFactor traffic is also high above this many times the mean of the previous windows
 * @param trafficPreviousWindows how many previous windows make that mean
 * @param trafficMinHits the relative form never fires below this many hits (no alert on 1 hit after 0)
 * @param errorWindow minutes summed by the error-rate rule
 * @param errorMaxPercent 5xx share (percent of hits) above which the error rate is high
 * @param errorMinRequests hits the window must have for the error rate to count
 * @param latencyWindow minutes of request-group latencies the latency rule reads
 * @param latencyMaxP99Ms a group's p99 latency, in milliseconds, above which latency is high
 * @param latencyMinCalls calls a group must have in the window for its p99 to count
 * @param silenceWindow minutes without a hit, after earlier traffic, that make a silence
 * @param recoverAfter consecutive evaluated minutes in which an open alert's condition has not held to recover it
 */
public record AlertRules(int trafficWindow, long trafficAbsoluteThreshold, double trafficFactor,
        int trafficPreviousWindows, long trafficMinHits, int errorWindow, double errorMaxPercent,
        long errorMinRequests, int latencyWindow, double latencyMaxP99Ms, long latencyMinCalls, int silenceWindow,
        int recoverAfter) {
    /** The rules of a site that has no settings of its own (README, "Alerts"). */
    public static final AlertRules DEFAULTS = new AlertRules(2, 6000, 3.0, 5, 100, 2, 5.0, 50, 5, 1000.0, 100, 10, 2);
    private static final double MICROS_PER_MS = 1000.0;

    public AlertRules {
        if (trafficWindow < 1 || trafficPreviousWindows < 0 || errorWindow < 1 || latencyWindow < 1 || silenceWindow < 1
                || recoverAfter < 1) {
            throw new InvalidInputException("alert windows and recover-after must be at least 1 minute or evaluation");
        }
    }

    /** How many minutes before a window's end the readings look at. */
    public int minutesNeeded() {
        return Math.max(trafficWindow * (trafficPreviousWindows + 1), Math.max(errorWindow, silenceWindow));
    }

    /**
     * Reads every rule over the windows that end (exclusive) at end.
     *
     * @param latencies the request groups' latencies over the latency window that ends at end
     * @param hadTrafficBeforeSilence whether the site had any hit before the silence window
     */
    public List<Reading> read(MinuteSeries series, GroupLatencies latencies, Instant end,
            boolean hadTrafficBeforeSilence) {
        return List.of(traffic(series, end), errorRate(series, end), latency(latencies),
                silence(series, end, hadTrafficBeforeSilence));
    }

    private Reading traffic(MinuteSeries series, Instant end) {
        long hits = series.window(end, trafficWindow).hits();
        double threshold = trafficAbsoluteThreshold;
        if (trafficPreviousWindows > 0) {
            long previous = 0;
            boolean baseline = true;
            for (int back = 1; back <= trafficPreviousWindows; back++) {
                long hitsBack = series.window(end.minus(Duration.ofMinutes((long) back * trafficWindow)), trafficWindow)
                        .hits();
                previous += hitsBack;
                baseline &= hitsBack > 0;
            }
            // Without traffic in every previous window (a new or waking site) there is no mean to compare with.
            if (baseline) {
                double relative = Math.max(trafficFactor * previous / trafficPreviousWindows, trafficMinHits);
                // Either form fires, so the threshold in effect is the lower one.
                threshold = Math.min(threshold, relative);
            }
        }
        return new Reading(AlertRule.TRAFFIC, hits, threshold, trafficWindow, hits > threshold);
    }

    private Reading errorRate(MinuteSeries series, Instant end) {
        MinuteTotals totals = series.window(end, errorWindow);
        double percent = totals.hits() == 0 ? 0 : 100.0 * totals.status5xx() / totals.hits();
        boolean holds = totals.hits() >= errorMinRequests && percent > errorMaxPercent;
        return new Reading(AlertRule.ERROR_RATE, percent, errorMaxPercent, errorWindow, holds);
    }

    /** The slowest group's p99 counts: one alert per site, whichever of its groups is slow. */
    private Reading latency(GroupLatencies latencies) {
        Optional<GroupLatencies.GroupP99> slowest = latencies.slowest(latencyMinCalls);
        double p99Ms = slowest.map(GroupLatencies.GroupP99::p99Micros).orElse(0L) / MICROS_PER_MS;
        return new Reading(AlertRule.LATENCY, p99Ms, latencyMaxP99Ms, latencyWindow, p99Ms > latencyMaxP99Ms,
                slowest.map(GroupLatencies.GroupP99::group).orElse(""));
    }

    private Reading silence(MinuteSeries series, Instant end, boolean hadTrafficBefore) {
        long hits = series.window(end, silenceWindow).hits();
        return new Reading(AlertRule.SILENCE, hits, 0, silenceWindow, hadTrafficBefore && hits == 0);
    }
}
