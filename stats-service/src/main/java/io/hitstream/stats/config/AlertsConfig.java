package io.hitstream.stats.config;

import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Map;

/** Alert settings, under {@code hitstream.stats.alerts}. */
public interface AlertsConfig {
    /** How often the rules are evaluated, read by the scheduled job ({@code off}: never). */
    @WithDefault("10s")
    String evaluateEvery();

    /** How often queued webhook calls are sent, read by the scheduled job ({@code off}: never). */
    @WithDefault("5s")
    String sendEvery();

    /** Minutes the evaluated windows end before the clock's minute, so that batches shipped late still count. */
    @WithDefault("1")
    int lagMinutes();

    /** Longest wait for a webhook to answer. */
    @WithDefault("5s")
    Duration webhookTimeout();

    /** Wait before the first retry of a failed webhook call; it doubles with each further failure. */
    @WithDefault("10s")
    Duration webhookFirstRetry();

    /** Longest wait between two retries. */
    @WithDefault("10m")
    Duration webhookMaxRetry();

    /** Calls made for one transition before it is given up (its row keeps the last error). */
    @WithDefault("50")
    int webhookMaxAttempts();

    /**
     * For end-to-end tests only: a file holding the instant the alert clock stands at (ISO-8601, re-read at each
     * evaluation and send); unset: the system clock.
     */
    Optional<Path> clockFile();

    /** Rules of every site that has no setting of its own (unset: the documented defaults). */
    SiteAlertsConfig defaults();

    /** Settings of particular sites, keyed by site; each unset one falls back to {@link #defaults()}. */
    Map<String, SiteAlertsConfig> sites();
}
