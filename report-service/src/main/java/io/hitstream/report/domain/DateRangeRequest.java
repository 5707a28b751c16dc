package io.hitstream.report.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates a report was asked for, each optional, and how they become a {@link DateRange} for a site.
 *
 * <p>A missing side defaults to the site's first or last day; a defaulted side also gives way to the given one
 * and to the range limit, so leaving a date out never turns a valid request into a refused one.
 */
public record DateRangeRequest(Optional<LocalDate> from, Optional<LocalDate> to) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final long LONGEST_STEP = DateRange.MAX_DAYS - 1L;

    /** Parses query parameters: null or blank means not given, anything else must be a real YYYY-MM-DD date. */
    public static DateRangeRequest parse(String from, String to) {
        return new DateRangeRequest(date("from", from), date("to", to));
    }

    /** The range to report on this site; throws {@link InvalidRangeException} for what the caller gave wrongly. */
    public DateRange resolve(SiteSpan span) {
        if (from.isPresent() && to.isPresent()) {
            return new DateRange(from.get(), to.get());
        }
        if (from.isPresent()) {
            LocalDate start = from.get();
            return new DateRange(start, latest(start, earliest(span.lastDay(), start.plusDays(LONGEST_STEP))));
        }
        LocalDate end = to.orElse(span.lastDay());
        return new DateRange(earliest(end, latest(span.firstDay(), end.minusDays(LONGEST_STEP))), end);
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!ISO_DATE.matcher(text).matches()) {
            throw new InvalidRangeException(name + " must be a date as YYYY-MM-DD");
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidRangeException(name + " is not a calendar date: " + text);
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
