package io.hitstream.report.domain;

import java.time.Instant;

/** A week of a site kept in the archive: its hits and when its snapshot was rendered. */
public record ArchivedWeek(String site, Week week, long hits, Instant renderedAt) {
}
