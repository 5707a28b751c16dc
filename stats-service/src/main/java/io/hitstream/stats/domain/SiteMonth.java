package io.hitstream.stats.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A site-local month of a site, named by its first day: the unit the monthly grain is folded and marked in. */
public record SiteMonth(String site, LocalDate monthStart) {
    /** The order marks are taken in, by every transaction alike, so that no two wait on each other in a cycle. */
    public static final Comparator<SiteMonth> ORDER = Comparator.comparing(SiteMonth::site)
            .thenComparing(SiteMonth::monthStart);

    public SiteMonth {
        if (monthStart.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month starts on its first day, not " + monthStart);
        }
    }

    /** The month the site-local day belongs to. */
    public static SiteMonth of(String site, LocalDate day) {
        return new SiteMonth(site, day.withDayOfMonth(1));
    }

    /**
     * The distinct months in {@link #ORDER}: found by hash, then the few sorted, as a commit gives the month of each of
     * its thousands of daily keys.
     */
    public static List<SiteMonth> distinctInOrder(Iterable<SiteMonth> months) {
        Set<SiteMonth> distinct = new HashSet<>();
        months.forEach(distinct::add);
        return distinct.stream().sorted(ORDER).toList();
    }
}
