package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A site's rejected and repaired lines as counted keys of {@link Dimension#REJECTION_REASON} and
 * {@link Dimension#REPAIR_REASON}, so that a report can give them for any range. They count on the site-local day
 * the batch was committed: a rejected line may have no time of its own, and the day it arrived is the one an operator
 * looks for.
 */
final class ReasonKeys {
    private ReasonKeys() {
    }

    /** The site's counted keys with its reasons' keys added, in {@link CountedKey#ORDER}. */
    static List<CountedKey> added(SiteAggregate site, Instant committedAt) {
        if (site.rejections().isEmpty() && site.repairs().isEmpty()) {
            return site.countedKeys();
        }
        LocalDate day = LocalDate.ofInstant(committedAt, site.timeZone());
        Instant dayStart = day.atStartOfDay(site.timeZone()).toInstant();
        List<CountedKey> keys = new ArrayList<>(site.countedKeys());
        site.rejections().forEach(count -> keys.add(key(Dimension.REJECTION_REASON, dayStart, day, count)));
        site.repairs().forEach(count -> keys.add(key(Dimension.REPAIR_REASON, dayStart, day, count)));
        keys.sort(CountedKey.ORDER);
        return keys;
    }

    private static CountedKey key(Dimension dimension, Instant dayStart, LocalDate day, RejectionCount count) {
        return new CountedKey(dimension, dayStart, day, count.reason(), "", KeyCounters.hitsOnly(count.lines()));
    }
}
