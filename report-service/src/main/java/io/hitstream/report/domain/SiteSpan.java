package io.hitstream.report.domain;

import java.time.LocalDate;

/**
 * A known site and the site-local days a report on it defaults to: its first and last day with data, or the
 * day it was first seen while it has none (e.g. every line so far was rejected).
 *
 * @param dataVersion the version of the site's rollups when this was read (site_data_versions: every commit and
 *         retention that changes them moves it), so that answers read after it are kept for it (see ReportCache)
 */
public record SiteSpan(String site, String timeZone, LocalDate firstDay, LocalDate lastDay, long dataVersion) {
}
