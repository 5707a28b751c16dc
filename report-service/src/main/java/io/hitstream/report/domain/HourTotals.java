package io.hitstream.report.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The totals of one site-local hour: when it starts, the local day it belongs to, and its counts. */
public record HourTotals(Instant start, LocalDate date, long hits, long pages, long bytes, long crawlerHits,
        long status5xx) {
}
