package io.hitstream.report.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * A site's last minutes by section: hits per section and minute, per minute, in total, and the most popular section.
 *
 * @param minutes the window's UTC minutes, oldest first
 * @param sections the {@link #MAX_SECTIONS} sections with most hits, most first, ties in code point order
 * @param perMinute hits per minute over every section
 * @param mostPopular the section with most hits; empty when the window has none
 * @param trafficAlert the site's open traffic alert, if any
 */
public record LiveView(String site, String timeZone, List<Instant> minutes, List<SectionHits> sections,
        List<Long> perMinute, long total, Optional<String> mostPopular, Optional<OpenAlert> trafficAlert) {
    /** How many minutes the live view covers, the current one included. */
    public static final int MINUTES = 10;
    /** The most sections it lists, so that a log of made-up paths cannot make the page endless. */
    public static final int MAX_SECTIONS = 50;

    /** One section's hits per minute of the window and in total. */
    public record SectionHits(String section, List<Long> perMinute, long total) {
    }

    /** The first minute of the window that ends with the minute {@code now} is in. */
    public static Instant windowStart(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).minus(MINUTES - 1L, ChronoUnit.MINUTES);
    }

    /** Lays out the window starting at {@code start} from the section minutes that fall in it. */
    public static LiveView of(String site, String timeZone, Instant start, List<SectionMinute> counted,
            Optional<OpenAlert> trafficAlert) {
        List<Instant> minutes = LongStream.range(0, MINUTES).mapToObj(i -> start.plus(i, ChronoUnit.MINUTES)).toList();
        Map<String, long[]> bySection = new HashMap<>();
        for (SectionMinute row : counted) {
            int index = (int) ChronoUnit.MINUTES.between(start, row.minute());
            if (index >= 0 && index < MINUTES) {
                bySection.computeIfAbsent(row.section(), section -> new long[MINUTES])[index] += row.hits();
            }
        }
        List<SectionHits> ranked = bySection.entrySet().stream()
                .map(entry -> new SectionHits(entry.getKey(), LongStream.of(entry.getValue()).boxed().toList(),
                        LongStream.of(entry.getValue()).sum()))
                .sorted(Comparator.comparingLong(SectionHits::total).reversed().thenComparing(SectionHits::section))
                .toList();
        List<Long> perMinute = LongStream.range(0, MINUTES)
                .map(i -> bySection.values().stream().mapToLong(hits -> hits[(int) i]).sum()).boxed().toList();
        return new LiveView(site, timeZone, minutes, ranked.stream().limit(MAX_SECTIONS).toList(), perMinute,
                perMinute.stream().mapToLong(Long::longValue).sum(),
                ranked.stream().findFirst().map(SectionHits::section), trafficAlert);
    }
}
