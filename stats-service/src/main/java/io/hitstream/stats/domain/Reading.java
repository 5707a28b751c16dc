package io.hitstream.stats.domain;

/**
 * What one rule measured over one window, against the threshold it is compared to.
 *
 * @param requestGroup the request group the figure is of (the latency rule's slowest group), "" for the whole site
 */
public record Reading(AlertRule rule, double value, double threshold, int windowMinutes, boolean holds,
        String requestGroup) {
    /** A reading of the whole site. */
    public Reading(AlertRule rule, double value, double threshold, int windowMinutes, boolean holds) {
        this(rule, value, threshold, windowMinutes, holds, "");
    }
}
