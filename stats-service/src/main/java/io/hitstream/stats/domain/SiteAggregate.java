package io.hitstream.stats.domain;

import java.time.ZoneId;
import java.util.List;

/**
 * What one batch adds to the rollups of one site: its stream's site, or another site its lines named (a virtual host).
 * Only the stream's own site has rejections: a rejected line belongs to no site but its stream's. Lists sorted by key.
 */
public record SiteAggregate(
        String site,
        ZoneId timeZone,
        List<HourTotals> hourly,
        List<CountedKey> countedKeys,
        List<PeriodSketch> sketches,
        List<RejectionCount> rejections,
        List<RejectionCount> repairs) {
}
