package io.hitstream.stats.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A site's totals per minute (keyed by the minute's start); a minute without rows had no traffic. */
public record MinuteSeries(Map<Instant, MinuteTotals> minutes) {
    public MinuteSeries {
        minutes = Map.copyOf(minutes);
    }

    /** The totals of the given number of minutes that end (exclusive) at end. */
    public MinuteTotals window(Instant end, int length) {
        MinuteTotals sum = MinuteTotals.NONE;
        for (int back = 1; back <= length; back++) {
            sum = sum.plus(minutes.getOrDefault(end.minus(Duration.ofMinutes(back)), MinuteTotals.NONE));
        }
        return sum;
    }
}
