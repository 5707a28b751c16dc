package io.hitstream.report.domain;

import java.time.LocalDate;

/**
 * A site's all-time totals for the sites list.
 *
 * @param firstDay first site-local day with data, null while the site has none
 * @param lastDay last site-local day with data, null while the site has none
 */
public record SiteTotals(String site, String timeZone, long hits, long bytes, LocalDate firstDay, LocalDate lastDay) {
}
