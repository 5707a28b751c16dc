package io.hitstream.report.domain;

/**
 * What a dimension counted over a range under {@code (other)} because the day's bound of distinct keys was reached:
 * the hits and bytes of those keys. How many distinct keys they were is not recorded.
 */
public record KeyOverflow(long hits, long bytes) {
}
