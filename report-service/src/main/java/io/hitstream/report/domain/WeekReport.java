package io.hitstream.report.domain;

import java.util.List;

/**
 * What a site's archived week says: its summary (totals, status classes, top URLs and client domains, hits per day),
 * its top external referrers and its bad links.
 */
public record WeekReport(Week week, SiteSummary summary, List<KeyCount> topReferrers, List<BadLinkPage> badLinks) {
    /** The most rows of {@code NOT_FOUND_FROM} a week's bad links list, so that a scanner cannot blow them up. */
    public static final int MAX_BAD_LINKS = 1000;

    public WeekReport {
        topReferrers = List.copyOf(topReferrers);
        badLinks = List.copyOf(badLinks);
    }
}
