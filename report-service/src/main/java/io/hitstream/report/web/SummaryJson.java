package io.hitstream.report.web;

import io.hitstream.report.domain.DayTotals;
import io.hitstream.report.domain.DomainHits;
import io.hitstream.report.domain.LineRepair;
import io.hitstream.report.domain.Rejection;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.StatusClasses;
import io.hitstream.report.domain.UrlHits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/v1/sites/{site}/summary}, as the API contract spells it. */
public record SummaryJson(String site, String timeZone, LocalDate from, LocalDate to, long hits, long bytes,
        Map<String, Long> statusClasses, List<UrlHits> topUrls, List<DomainHits> topClientDomains,
        List<DayTotals> days, List<Rejection> rejections, List<LineRepair> repairs) {

    static SummaryJson of(SiteSummary summary) {
        return new SummaryJson(summary.site(), summary.timeZone(), summary.from(), summary.to(), summary.hits(),
                summary.bytes(), statusClasses(summary.statusClasses()), summary.topUrls(),
                summary.topClientDomains(), summary.days(), summary.rejections(), summary.repairs());
    }

    private static Map<String, Long> statusClasses(StatusClasses classes) {
        Map<String, Long> byName = new LinkedHashMap<>();
        byName.put("2xx", classes.status2xx());
        byName.put("3xx", classes.status3xx());
        byName.put("4xx", classes.status4xx());
        byName.put("5xx", classes.status5xx());
        byName.put("other", classes.other());
        return byName;
    }
}
