package io.hitstream.report.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The time panels, added up from a range's hours: traffic over time, hours of the day, days of the week. */
public final class Traffic {
    /** Ranges up to this many days show traffic per hour, longer ones per day. */
    public static final int MAX_HOURLY_DAYS = 3;

    private Traffic() {
    }

    /**
     * Traffic per hour (each hour with data, labelled by its local start with offset, so the hours of a
     * daylight-saving change stay apart) for short ranges, else per day (every day, zeros included).
     */
    public static List<PeriodTotals> overTime(DateRange range, ZoneId zone, List<HourTotals> hours) {
        if (range.dayCount() <= MAX_HOURLY_DAYS) {
            return hours.stream()
                    .map(hour -> PeriodTotals.of(ZonedDateTime.ofInstant(hour.start(), zone).toOffsetDateTime()
                            .toString(), List.of(hour)))
                    .toList();
        }
        Map<String, List<HourTotals>> byDay = new LinkedHashMap<>();
        range.days().forEach(day -> byDay.put(day.toString(), new ArrayList<>()));
        hours.forEach(hour -> byDay.computeIfAbsent(hour.date().toString(), day -> new ArrayList<>()).add(hour));
        return totals(byDay);
    }

    /** Traffic per local hour of the day, 0 to 23, each listed. */
    public static List<PeriodTotals> hoursOfDay(ZoneId zone, List<HourTotals> hours) {
        Map<String, List<HourTotals>> byHour = new LinkedHashMap<>();
        for (int hour = 0; hour < 24; hour++) {
            byHour.put(String.format(Locale.ROOT, "%02d", hour), new ArrayList<>());
        }
        return grouped(byHour, hours,
                hour -> String.format(Locale.ROOT, "%02d", ZonedDateTime.ofInstant(hour.start(), zone).getHour()));
    }

    /** Traffic per day of the week, Monday first, each listed. */
    public static List<PeriodTotals> daysOfWeek(List<HourTotals> hours) {
        Map<String, List<HourTotals>> byDay = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(name(day), new ArrayList<>());
        }
        return grouped(byDay, hours, hour -> name(hour.date().getDayOfWeek()));
    }

    private static List<PeriodTotals> grouped(Map<String, List<HourTotals>> groups, List<HourTotals> hours,
            Function<HourTotals, String> label) {
        hours.forEach(hour -> groups.get(label.apply(hour)).add(hour));
        return totals(groups);
    }

    private static List<PeriodTotals> totals(Map<String, List<HourTotals>> groups) {
        return groups.entrySet().stream().map(group -> PeriodTotals.of(group.getKey(), group.getValue())).toList();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
