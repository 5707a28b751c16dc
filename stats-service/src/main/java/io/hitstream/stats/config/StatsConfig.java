package io.hitstream.stats.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the stats service, under {@code hitstream.stats} (environment: {@code HITSTREAM_STATS_*}). */
@ConfigMapping(prefix = "hitstream.stats")
public interface StatsConfig {
    /** Rows written per multi-row upsert statement (1 to 5000): fewer round trips against bounded statement size. */
    @WithDefault("500")
    int upsertChunkRows();

    /** Alert rules, evaluation and webhooks ({@code hitstream.stats.alerts.*}). */
    AlertsConfig alerts();
}
