package io.hitstream.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of ingest-service, under {@code hitstream.ingest} (environment: {@code HITSTREAM_INGEST_...}). */
@ConfigMapping(prefix = "hitstream.ingest")
public interface IngestConfig {
    /** IANA time zone of the sites that have none of their own. */
    @WithDefault("UTC")
    String defaultTimeZone();

    /** Settings per site, keyed by site name, e.g. {@code hitstream.ingest.sites."www.example.org".time-zone}. */
    Map<String, Site> sites();

    /** How long a batch waits for the resolver; addresses without an answer by then count as themselves. */
    @WithDefault("500ms")
    Duration resolveTimeout();

    /** How long ingest waits for stats (a commit, a committed offset) before failing with UNAVAILABLE, unacknowledged. */
    @WithDefault("30s")
    Duration statsTimeout();

    /** Most lines one batch may hold; a larger batch is refused with INVALID_ARGUMENT. */
    @WithDefault("50000")
    int maxLinesPerBatch();

    /**
     * Most bytes of lines one batch may hold; a larger batch is refused with INVALID_ARGUMENT. Raising it
     * past 8 MiB also needs a larger {@code quarkus.grpc.server.max-inbound-message-size}.
     */
    @WithDefault("4194304")
    int maxBatchBytes();

    /** Longest line parsed, in bytes; longer lines are rejected as too_long. */
    @WithDefault("65536")
    int maxLineBytes();

    /** Settings of one site. */
    interface Site {
        /** IANA time zone the site's hours and days are counted in. */
        String timeZone();
    }
}
