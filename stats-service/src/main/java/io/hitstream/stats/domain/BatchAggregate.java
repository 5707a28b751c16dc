package io.hitstream.stats.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one batch of a stream adds to the rollups, checked and combined by key: the fields of its stream's site, and
 * {@code otherSites} for the lines it counted under other sites. Every list is sorted by its key, so that concurrent
 * writers lock the same rows in the same order and cannot deadlock.
 */
public record BatchAggregate(
        StreamKey stream,
        long startOffset,
        long endOffset,
        ZoneId timeZone,
        List<HourTotals> hourly,
        List<CountedKey> countedKeys,
        List<PeriodSketch> sketches,
        List<RejectionCount> rejections,
        List<RejectionCount> repairs,
        List<SiteAggregate> otherSites) {
    /**
     * What the batch adds to each site, the stream's own and the others its lines named, in site order: every
     * commit locks the sites' rows in the same order, so that two batches naming the same sites cannot deadlock.
     */
    public List<SiteAggregate> bySite() {
        List<SiteAggregate> sites = new ArrayList<>(otherSites);
        sites.add(new SiteAggregate(stream.site(), timeZone, hourly, countedKeys, sketches, rejections, repairs));
        sites.sort(Comparator.comparing(SiteAggregate::site));
        return sites;
    }

    /**
     * The same aggregate without the minute rows (counted keys and sketches) of minutes that started before the
     * cutoff, of every site.
     */
    public BatchAggregate withoutMinutesBefore(Instant cutoff) {
        return new BatchAggregate(stream, startOffset, endOffset, timeZone, hourly,
                SiteAggregate.keysFrom(countedKeys, cutoff), SiteAggregate.sketchesFrom(sketches, cutoff), rejections,
                repairs, otherSites.stream().map(other -> other.withoutMinutesBefore(cutoff)).toList());
    }

    /** The same aggregate with each site's counted keys replaced by those given for it, in {@link CountedKey#ORDER}. */
    public BatchAggregate withCountedKeys(Map<String, List<CountedKey>> keysBySite) {
        List<SiteAggregate> others = otherSites.stream().map(other -> new SiteAggregate(other.site(), other.timeZone(),
                other.hourly(), keysBySite.get(other.site()), other.sketches(), other.rejections(), other.repairs()))
                .toList();
        return new BatchAggregate(stream, startOffset, endOffset, timeZone, hourly, keysBySite.get(stream.site()),
                sketches, rejections, repairs, others);
    }
}
