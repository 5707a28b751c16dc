package io.hitstream.stats.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The counters of one local hour of a site: the hour's first instant and the local day it belongs to. */
public record HourTotals(Instant hourStart, LocalDate localDate, HourCounters counters) {
}
