package io.hitstream.stats.domain;

import io.hitstream.rollups.RollupLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sums what several batches add to the same sites into one {@link SiteAggregate} per site, as one batch holding all
 * their lines would have: counters added, sketches united, each reason's lines added with its newest sample.
 */
public final class SiteAggregateSum {
    private final String site;
    private SiteAggregate last;
    private final SortedMap<Instant, HourTotals> hourly = new TreeMap<>();
    private final SortedMap<CountedKey, CountedKey> countedKeys = new TreeMap<>(CountedKey.ORDER);
    private final SortedMap<PeriodSketch, PeriodSketch> sketches = new TreeMap<>(PeriodSketch.ORDER);
    private final SortedMap<String, RejectionCount> rejections = new TreeMap<>();
    private final SortedMap<String, RejectionCount> repairs = new TreeMap<>();

    private SiteAggregateSum(String site) {
        this.site = site;
    }

    /**
     * One aggregate per site of the parts, in site order; parts later in the list are newer (their zone and samples
     * win). Fails with {@link ArithmeticException} when a sum overflows.
     */
    public static List<SiteAggregate> bySite(List<SiteAggregate> parts) {
        SortedMap<String, SiteAggregateSum> sums = new TreeMap<>();
        parts.forEach(part -> sums.computeIfAbsent(part.site(), SiteAggregateSum::new).add(part));
        return sums.values().stream().map(SiteAggregateSum::sum).toList();
    }

    private void add(SiteAggregate part) {
        last = part;
        part.hourly().forEach(hour -> hourly.merge(hour.hourStart(), hour, (earlier, later) ->
                new HourTotals(later.hourStart(), later.localDate(), earlier.counters().plus(later.counters()))));
        part.countedKeys().forEach(key -> countedKeys.merge(key, key, (earlier, later) ->
                new CountedKey(later.dimension(), later.periodStart(), later.localDate(), later.key(), later.key2(),
                        earlier.counters().plus(later.counters()))));
        part.sketches().forEach(sketch -> sketches.merge(sketch, sketch, (earlier, later) ->
                new PeriodSketch(later.kind(), later.grain(), later.localDate(), later.periodStart(), later.key(),
                        later.kind().union(earlier.data(), later.data()))));
        part.rejections().forEach(reason -> rejections.merge(reason.reason(), reason, SiteAggregateSum::newer));
        part.repairs().forEach(reason -> repairs.merge(reason.reason(), reason, SiteAggregateSum::newer));
    }

    private SiteAggregate sum() {
        return new SiteAggregate(site, last.timeZone(), List.copyOf(hourly.values()),
                List.copyOf(countedKeys.values()), List.copyOf(sketches.values()), List.copyOf(rejections.values()),
                List.copyOf(repairs.values()));
    }

    /** Both batches' lines, the newer one's sample, and the newest samples of both in file order. */
    private static RejectionCount newer(RejectionCount earlier, RejectionCount later) {
        List<String> samples = new ArrayList<>(earlier.samples());
        samples.addAll(later.samples());
        List<String> newest = samples.subList(Math.max(0, samples.size() - RollupLimits.MAX_SAMPLES), samples.size());
        return new RejectionCount(later.reason(), Math.addExact(earlier.lines(), later.lines()), later.sample(),
                newest);
    }
}
