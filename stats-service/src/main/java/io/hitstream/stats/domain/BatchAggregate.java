package io.hitstream.stats.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
}
