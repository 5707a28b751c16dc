package io.hitstream.stats.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which dirty months to fold now: those whose site has stopped changing. A fold sums the whole month again, so
 * folding a month that is still being written (an import of last month's logs, an agent catching up) pays for the
 * month once per run and again when the writes end. A month is folded once its site's data version is the same at
 * two runs in a row, or once it has waited {@code maxWait} since it was first seen dirty, so that a site that never
 * pauses (live traffic of this month beside late lines of the last) still has its month folded. With a zero wait,
 * every dirty month is folded when seen.
 *
 * <p>Remembers only what the last run saw (runs may come on different threads, hence the lock).
 */
public final class SettledMonths {
    private final Duration maxWait;
    private Map<SiteMonth, Sighting> lastSeen = Map.of();

    public SettledMonths(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** The months of {@code dirty} to fold at {@code now}, in its order; the others are remembered for the next run. */
    public synchronized List<SiteMonth> toFold(List<DirtyMonth> dirty, Instant now) {
        Map<SiteMonth, Sighting> seen = new HashMap<>();
        List<SiteMonth> fold = new ArrayList<>();
        for (DirtyMonth month : dirty) {
            Sighting before = lastSeen.get(month.month());
            Instant firstSeen = before == null ? now : before.firstSeen();
            boolean settled = before != null && before.siteVersion() == month.siteVersion();
            if (settled || !now.isBefore(firstSeen.plus(maxWait))) {
                fold.add(month.month());
            } else {
                seen.put(month.month(), new Sighting(month.siteVersion(), firstSeen));
            }
        }
        lastSeen = seen;
        return fold;
    }

    private record Sighting(long siteVersion, Instant firstSeen) {
    }
}
