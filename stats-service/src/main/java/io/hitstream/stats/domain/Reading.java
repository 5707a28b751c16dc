package io.hitstream.stats.domain;

/** What one rule measured over one window, against the threshold it is compared to. */
public record Reading(AlertRule rule, double value, double threshold, int windowMinutes, boolean holds) {
}
