package io.hitstream.report.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A report week: Monday to Sunday of a site's local days, named by its Monday. */
public record Week(LocalDate monday) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
    }

    /** The week a day falls in. */
    public static Week containing(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week named by its Monday as YYYY-MM-DD; empty for anything else (a path segment nobody should trust). */
    public static Optional<Week> named(String name) {
        if (name == null || !ISO_DATE.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(name);
            return day.getDayOfWeek() == DayOfWeek.MONDAY ? Optional.of(new Week(day)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public DateRange days() {
        return new DateRange(monday, sunday());
    }

    /**
     * The weeks from the one holding {@code firstDay} to the one holding {@code lastDay} that were over, in the
     * site's zone, {@code grace} before {@code now}; oldest first.
     */
    public static List<Week> finished(LocalDate firstDay, LocalDate lastDay, ZoneId zone, Duration grace,
            Instant now) {
        LocalDate start = containing(firstDay).monday();
        LocalDate afterLast = containing(lastDay).monday().plusWeeks(1);
        LocalDate current = current(zone, grace, now).monday();
        LocalDate end = afterLast.isBefore(current) ? afterLast : current;
        if (!start.isBefore(end)) {
            return List.of();
        }
        return start.datesUntil(end, Period.ofWeeks(1)).map(Week::new).toList();
    }

    /** The most recent week that was over {@code grace} before {@code now} in the site's zone. */
    public static Week lastFinished(ZoneId zone, Duration grace, Instant now) {
        return new Week(current(zone, grace, now).monday().minusWeeks(1));
    }

    private static Week current(ZoneId zone, Duration grace, Instant now) {
        return containing(now.minus(grace).atZone(zone).toLocalDate());
    }

    @Override
    public String toString() {
        return monday.toString();
    }
}
