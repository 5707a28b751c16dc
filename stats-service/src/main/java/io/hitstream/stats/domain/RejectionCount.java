package io.hitstream.stats.domain;

/** Lines not counted for one reason, with a sample line for operators. */
public record RejectionCount(String reason, long lines, String sample) {
}
