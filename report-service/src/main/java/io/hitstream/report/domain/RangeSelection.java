package io.hitstream.report.domain;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a reader asked a report to cover: a preset, or dates (each optional), and whether to compare with the
 * period before.
 */
public record RangeSelection(Optional<RangePreset> preset, DateRangeRequest dates, boolean compare) {

    /**
     * Parses query parameters: {@code range} is a preset's name or blank; a preset and dates together are refused,
     * as the permalink would say two things.
     */
    public static RangeSelection parse(String range, String from, String to, boolean compare) {
        DateRangeRequest dates = DateRangeRequest.parse(from, to);
        if (range == null || range.isBlank()) {
            return new RangeSelection(Optional.empty(), dates, compare);
        }
        RangePreset preset = RangePreset.named(range).orElseThrow(() -> new InvalidRangeException(
                InvalidRangeException.Reason.BAD_DATE, "range must be one of today, yesterday, last-7-days, "
                        + "this-month, last-month, or left out for from and to"));
        if (dates.from().isPresent() || dates.to().isPresent()) {
            throw new InvalidRangeException(InvalidRangeException.Reason.BAD_DATE,
                    "give either range=" + range + " or from and to, not both");
        }
        return new RangeSelection(Optional.of(preset), dates, compare);
    }

    /** The range to report on this site, at most {@code maxDays} long, a preset taken at the clock's today. */
    public DateRange resolve(SiteSpan span, int maxDays, Clock clock) {
        if (preset.isEmpty()) {
            return dates.resolve(span, maxDays);
        }
        DateRange range = preset.get().range(clock, ZoneId.of(span.timeZone()));
        return new DateRangeRequest(Optional.of(range.from()), Optional.of(range.to())).resolve(span, maxDays);
    }
}
