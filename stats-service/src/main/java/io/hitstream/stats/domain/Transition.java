package io.hitstream.stats.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An alert raised or recovered; times are ends of evaluated windows in the data's minutes.
 *
 * @param recoveredAt null for a raise
 * @param requestGroup the request group the raise was of (latency), "" for the whole site
 */
public record Transition(AlertRule rule, Kind kind, double value, double threshold, int windowMinutes,
        Instant raisedAt, Instant recoveredAt, String requestGroup) {
    /** Raised or recovered. */
    public enum Kind { RAISED, RECOVERED }

    /** When it happened: the raise or the recovery. */
    public Instant at() {
        return kind == Kind.RAISED ? raisedAt : recoveredAt;
    }

    /** The same transition of the given request group (a recovery is of the group its raise was of). */
    public Transition ofRequestGroup(String group) {
        return new Transition(rule, kind, value, threshold, windowMinutes, raisedAt, recoveredAt, group);
    }

    /** The log line, in the access-log monitor's words, with the time in the site's zone. */
    public String message(ZoneId zone) {
        String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at().atZone(zone).toOffsetDateTime());
        String figure = rule.measure() + " = " + figure(value);
        String title = requestGroup.isEmpty() ? rule.title() : rule.title() + " (" + requestGroup + ")";
        return kind == Kind.RAISED
                ? title + " generated an alert - " + figure + ", triggered at " + time
                : title + " alert recovered - " + figure + ", recovered at " + time;
    }

    /** A whole figure without decimals (hits), a share with two. */
    public static String figure(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
