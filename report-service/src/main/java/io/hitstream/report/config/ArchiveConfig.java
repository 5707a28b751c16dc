package io.hitstream.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The weekly archive job, which also sends the bad-links mails. */
@ConfigMapping(prefix = "hitstream.report.archive")
public interface ArchiveConfig {

    /** How often the job looks for finished weeks not archived (or mailed) yet; {@code off} disables it. */
    @WithDefault("1h")
    String every();

    /** How long after a week's end (Monday 00:00, site time) it is archived, so that late batches still count. */
    @WithDefault("2h")
    Duration grace();
}
