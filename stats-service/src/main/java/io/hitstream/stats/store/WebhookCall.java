package io.hitstream.stats.store;

import java.time.Instant;

/** A webhook call still to make for one transition, identified by its key in alert_webhooks. */
public record WebhookCall(String site, String rule, Instant raisedAt, String transition, String url, String payload,
        int attempts) {
}
