package io.hitstream.report.domain;

import java.time.Instant;

/** Hits of one section in one UTC minute, as the minute-grain rollups count them. */
public record SectionMinute(String section, Instant minute, long hits) {
}
