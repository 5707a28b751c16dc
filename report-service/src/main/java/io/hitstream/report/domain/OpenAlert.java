package io.hitstream.report.domain;

import java.time.Instant;

/**
 * An alert stats raised that has not recovered yet.
 *
 * @param raisedAt the end of the window that raised it
 * @param value the window's figure that raised it
 * @param threshold the figure it went over
 */
public record OpenAlert(String rule, Instant raisedAt, double value, double threshold, int windowMinutes) {
}
