package io.hitstream.report.domain;

import java.time.LocalDate;

/** One site-local day of a site's totals, for the overview. */
public record SiteDay(LocalDate date, long hits, long pages, long bytes, long status5xx) {
}
