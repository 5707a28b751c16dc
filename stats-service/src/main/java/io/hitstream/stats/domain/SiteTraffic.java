package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a committed batch adds to its site's live metrics, pmdaweblog's: requests by method, responses by status
 * class and by size bin, bytes, rejected lines. Methods and bins outside fixed sets count as "other", so that a
 * hostile log cannot add label values.
 */
public record SiteTraffic(String site, Map<String, Long> requestsByMethod, Map<String, Long> responsesByStatusClass,
        long bytes, Map<String, Long> responsesBySizeBin, long rejectedLines) {
    static final String OTHER = "other";
    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "delete");
    private static final Set<String> SIZE_BINS = Set.of("0-3k", "3-10k", "10-30k", "30-100k", "100k-1m", "1m+");

    /** The traffic of what a committed batch added to one site. */
    public static SiteTraffic of(SiteAggregate aggregate) {
        Map<String, Long> methods = new TreeMap<>();
        Map<String, Long> sizeBins = new TreeMap<>();
        for (CountedKey key : aggregate.countedKeys()) {
            if (key.dimension() == Dimension.METHOD) {
                methods.merge(bounded(key.key().toLowerCase(Locale.ROOT), METHODS), key.counters().hits(), Long::sum);
            } else if (key.dimension() == Dimension.SIZE_BIN) {
                sizeBins.merge(bounded(key.key(), SIZE_BINS), key.counters().hits(), Long::sum);
            }
        }
        Map<String, Long> statusClasses = new TreeMap<>();
        long bytes = 0;
        for (HourTotals hour : aggregate.hourly()) {
            HourCounters counters = hour.counters();
            statusClasses.merge("2xx", counters.status2xx(), Long::sum);
            statusClasses.merge("3xx", counters.status3xx(), Long::sum);
            statusClasses.merge("4xx", counters.status4xx(), Long::sum);
            statusClasses.merge("5xx", counters.status5xx(), Long::sum);
            statusClasses.merge(OTHER, counters.statusOther(), Long::sum);
            bytes += counters.bytes();
        }
        long rejected = aggregate.rejections().stream().mapToLong(RejectionCount::lines).sum();
        return new SiteTraffic(aggregate.site(), methods, statusClasses, bytes, sizeBins, rejected);
    }

    private static String bounded(String value, Set<String> known) {
        return known.contains(value) ? value : OTHER;
    }
}
