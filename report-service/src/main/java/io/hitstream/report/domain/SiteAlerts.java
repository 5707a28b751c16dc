package io.hitstream.report.domain;

import java.util.List;

/**
 * A site's alerts: those open, and the newest recovered ones, each newest first.
 *
 * @param timeZone the zone the pages show times in
 */
public record SiteAlerts(String site, String timeZone, List<Alert> open, List<Alert> past) {
    /** At most this many recovered alerts are read: the page is a recent history, not an archive. */
    public static final int PAST = 100;

    public SiteAlerts {
        open = List.copyOf(open);
        past = List.copyOf(past);
    }
}
