package io.hitstream.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live page. */
@ConfigMapping(prefix = "hitstream.report.live")
public interface LiveConfig {

    /** How often the live page reloads itself (a meta refresh: no script). */
    @WithDefault("5s")
    Duration refresh();
}
