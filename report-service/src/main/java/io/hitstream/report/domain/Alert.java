package io.hitstream.report.domain;

import java.time.Instant;

/**
 * One alert stats raised on a site, open or recovered (README, "Alerts"); times are ends of evaluated windows.
 *
 * @param rule {@code traffic}, {@code error_rate}, {@code latency} or {@code silence}
 * @param value the figure that raised it (hits, 5xx percent, p99 milliseconds)
 * @param requestGroup the request group whose p99 raised a latency alert, "" for the rules of the whole site
 * @param recoveredAt null while open
 * @param recoveryValue the figure of the window that recovered it, null while open
 */
public record Alert(String rule, double value, double threshold, int windowMinutes, String requestGroup,
        Instant raisedAt, Instant recoveredAt, Double recoveryValue) {
    public boolean open() {
        return recoveredAt == null;
    }
}
