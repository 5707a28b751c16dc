package io.hitstream.stats.domain;

import io.hitstream.rollups.Grain;
import java.time.Instant;
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
    /** The same rows without the minute rows of minutes that started before the cutoff. */
    public SiteAggregate withoutMinutesBefore(Instant cutoff) {
        return new SiteAggregate(site, timeZone, hourly, keysFrom(countedKeys, cutoff), sketchesFrom(sketches, cutoff),
                rejections, repairs);
    }

    /** The same rows with the counted keys replaced by those given, in {@link CountedKey#ORDER}. */
    public SiteAggregate withCountedKeys(List<CountedKey> keys) {
        return new SiteAggregate(site, timeZone, hourly, keys, sketches, rejections, repairs);
    }

    /** The keys but those of the minutes that started before the cutoff. */
    static List<CountedKey> keysFrom(List<CountedKey> keys, Instant cutoff) {
        return keys.stream().filter(key -> key.grain() != Grain.MINUTE || !key.periodStart().isBefore(cutoff)).toList();
    }

    /** The sketches but those of the minutes that started before the cutoff. */
    static List<PeriodSketch> sketchesFrom(List<PeriodSketch> sketches, Instant cutoff) {
        return sketches.stream()
                .filter(sketch -> sketch.grain() != Grain.MINUTE || !sketch.periodStart().isBefore(cutoff))
                .toList();
    }
}
