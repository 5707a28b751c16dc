package io.hitstream.stats.config;

/** The body a webhook receives. */
public enum WebhookFormat {
    /** Hitstream's own object (README, "Alerts"). */
    JSON,
    /** An array of one alert, as Alertmanager's {@code POST /api/v2/alerts} takes it. */
    ALERTMANAGER
}
