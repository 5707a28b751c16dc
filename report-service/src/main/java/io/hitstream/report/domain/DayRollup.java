package io.hitstream.report.domain;

import java.time.LocalDate;

/** The hourly totals of one site-local day, summed. */
public record DayRollup(LocalDate date, long hits, long bytes, StatusClasses statusClasses) {
}
