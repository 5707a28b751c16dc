package io.hitstream.report.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates a report was asked for, each optional, and how they become a {@link DateRange} for a site.
 *
 * <p>A missing side defaults to the site's first or last day; a defaulted side also gives way to the given one
 * and to the longest range allowed, so leaving a date out never turns a valid request into a refused one.
 */
public record DateRangeRequest(Optional<LocalDate> from, Optional<LocalDate> to) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Parses query parameters: null or blank means not given, anything else must be a real YYYY-MM-DD date. */
    public static DateRangeRequest parse(String from, String to) {
        return new DateRangeRequest(date("from", from), date("to", to));
    }

    /**
     * The range to report on this site, at most {@code maxDays} long; throws {@link InvalidRangeException} for what
     * the caller gave wrongly.
     */
    public DateRange resolve(SiteSpan span, int maxDays) {
        DateRange range = defaulted(span, maxDays - 1L);
        if (range.dayCount() > maxDays) {
            throw new InvalidRangeException(InvalidRangeException.Reason.RANGE_TOO_LONG,
                    "range " + range.from() + " to " + range.to() + " is " + range.dayCount()
                            + " days long; ask for at most " + maxDays + " days at once");
        }
        return range;
    }

    private DateRange defaulted(SiteSpan span, long longestStep) {
        if (from.isPresent() && to.isPresent()) {
            return new DateRange(from.get(), to.get());
        }
        if (from.isPresent()) {
            LocalDate start = from.get();
            return new DateRange(start, latest(start, earliest(span.lastDay(), start.plusDays(longestStep))));
        }
        LocalDate end = to.orElse(span.lastDay());
        return new DateRange(earliest(end, latest(span.firstDay(), end.minusDays(longestStep))), end);
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!ISO_DATE.matcher(text).matches()) {
            throw new InvalidRangeException(InvalidRangeException.Reason.BAD_DATE,
                    name + " must be a date as YYYY-MM-DD, such as 2026-11-04");
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidRangeException(InvalidRangeException.Reason.BAD_DATE,
                    name + " is not a calendar date: " + text + " (check the day of the month)");
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
