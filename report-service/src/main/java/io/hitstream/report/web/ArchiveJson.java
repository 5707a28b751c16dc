package io.hitstream.report.web;

import io.hitstream.report.domain.ArchivedWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code GET /api/v1/sites/{site}/archive}: the site's archived weeks, newest first. */
public record ArchiveJson(String site, List<Entry> weeks) {

    /**
     * One archived week.
     *
     * @param from its Monday, which names it
     * @param to its Sunday
     * @param page the path of its snapshot
     */
    public record Entry(LocalDate from, LocalDate to, long hits, Instant renderedAt, String page) {
    }

    static ArchiveJson of(String site, List<ArchivedWeek> weeks) {
        return new ArchiveJson(site, weeks.stream()
                .map(week -> new Entry(week.week().monday(), week.week().sunday(), week.hits(), week.renderedAt(),
                        "/archive/" + ReportFormat.pathSegment(site) + "/" + week.week()))
                .toList());
    }
}
