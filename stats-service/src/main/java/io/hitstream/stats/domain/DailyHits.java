package io.hitstream.stats.domain;

import java.time.LocalDate;

/** Hits of one key (a URL path, a client domain) on one local day. */
public record DailyHits(LocalDate localDate, String key, long hits) {
}
