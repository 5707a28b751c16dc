package io.hitstream.stats.domain;

import io.hitstream.rollups.RollupLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Sums what several batches add to the same sites into one {@link SiteAggregate} per site, as one batch holding all
 * their lines would have: counters added, sketches united, each reason's lines added with its newest sample. Every
 * list of a part is sorted by its key (as {@link AggregateBuilder} builds them), and so is every list of the sum.
 */
public final class SiteAggregateSum {
    private static final Comparator<HourTotals> HOUR_ORDER = Comparator.comparing(HourTotals::hourStart);
    private static final Comparator<RejectionCount> REASON_ORDER = Comparator.comparing(RejectionCount::reason);

    private SiteAggregateSum() {
    }

    /**
     * One aggregate per site of the parts, in site order; parts later in the list are newer (their zone and samples
     * win). Fails with {@link ArithmeticException} when a sum overflows.
     */
    public static List<SiteAggregate> bySite(List<SiteAggregate> parts) {
        SortedMap<String, List<SiteAggregate>> partsBySite = new TreeMap<>();
        parts.forEach(part -> partsBySite.computeIfAbsent(part.site(), site -> new ArrayList<>()).add(part));
        return partsBySite.values().stream().map(SiteAggregateSum::sum).toList();
    }

    private static SiteAggregate sum(List<SiteAggregate> parts) {
        SiteAggregate newest = parts.get(parts.size() - 1);
        if (parts.size() == 1) {
            return newest;
        }
        return new SiteAggregate(newest.site(), newest.timeZone(),
                merged(parts, SiteAggregate::hourly, HOUR_ORDER, (earlier, later) -> new HourTotals(
                        later.hourStart(), later.localDate(), earlier.counters().plus(later.counters()))),
                merged(parts, SiteAggregate::countedKeys, CountedKey.ORDER, CountedKey::plus),
                merged(parts, SiteAggregate::sketches, PeriodSketch.ORDER, (earlier, later) -> new PeriodSketch(
                        later.kind(), later.grain(), later.localDate(), later.periodStart(), later.key(),
                        later.kind().union(earlier.data(), later.data()))),
                merged(parts, SiteAggregate::rejections, REASON_ORDER, SiteAggregateSum::newer),
                merged(parts, SiteAggregate::repairs, REASON_ORDER, SiteAggregateSum::newer));
    }

    private static <T> List<T> merged(List<SiteAggregate> parts, Function<SiteAggregate, List<T>> rows,
            Comparator<? super T> order, BinaryOperator<T> combine) {
        return SortedMerge.of(parts.stream().map(rows).toList(), order, combine);
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
