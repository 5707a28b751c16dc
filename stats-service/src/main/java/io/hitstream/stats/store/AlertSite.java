package io.hitstream.stats.store;

import java.time.ZoneId;

/** A site alerts are evaluated for, with the zone its log lines are written in. */
public record AlertSite(String site, ZoneId zone) {
}
