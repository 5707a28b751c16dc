package io.hitstream.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The report's settings. */
@ConfigMapping(prefix = "hitstream.report")
public interface ReportConfig {

    /** The most days one report or API call covers; a longer range is refused. */
    @WithDefault("366")
    int maxRangeDays();
}
