package io.hitstream.report.domain;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The range a report covers on a site, resolved from what the reader selected.
 *
 * @param previous the period compared with, when the reader asked for a comparison
 */
public record ReportRange(SiteSpan span, RangeSelection selection, DateRange range, Optional<DateRange> previous) {

    public static ReportRange of(SiteSpan span, RangeSelection selection, DateRange range) {
        return new ReportRange(span, selection, range,
                selection.compare() ? Optional.of(range.previous()) : Optional.empty());
    }

    public String site() {
        return span.site();
    }

    public ZoneId zone() {
        return ZoneId.of(span.timeZone());
    }
}
