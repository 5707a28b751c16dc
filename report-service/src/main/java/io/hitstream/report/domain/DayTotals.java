package io.hitstream.report.domain;

import java.time.LocalDate;

/** Hits and bytes of one site-local day of a report, zero on a day without data. */
public record DayTotals(LocalDate date, long hits, long bytes) {
}
