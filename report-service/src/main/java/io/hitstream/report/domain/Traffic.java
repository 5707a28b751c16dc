package io.hitstream.report.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/** The time panels, added up from a range's hours: traffic over time, hours of the day, days of the week. */
public final class Traffic {
    /** Ranges up to this many days show traffic per hour, longer ones per day. */
    public static final int MAX_HOURLY_DAYS = 3;

    private static final int SECONDS_PER_HOUR = 3600;
    private static final int SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;
    /** "00" to "23", written once rather than for every hour of a range. */
    private static final List<String> HOUR_LABELS = IntStream.range(0, 24)
            .mapToObj(hour -> String.format(Locale.ROOT, "%02d", hour)).toList();
    /** "Monday" to "Sunday", in {@link DayOfWeek} order, looked up once rather than for every hour of a range. */
    private static final List<String> DAY_NAMES = Arrays.stream(DayOfWeek.values())
            .map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();

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
        Map<LocalDate, List<HourTotals>> byDay = new LinkedHashMap<>();
        range.days().forEach(day -> byDay.put(day, new ArrayList<>()));
        hours.forEach(hour -> byDay.computeIfAbsent(hour.date(), day -> new ArrayList<>()).add(hour));
        return byDay.entrySet().stream().map(day -> PeriodTotals.of(day.getKey().toString(), day.getValue())).toList();
    }

    /** Traffic per local hour of the day, 0 to 23, each listed. */
    public static List<PeriodTotals> hoursOfDay(ZoneId zone, List<HourTotals> hours) {
        ZoneRules rules = zone.getRules();
        return grouped(HOUR_LABELS, hours, hour -> localHour(hour.start(), rules));
    }

    /** The local hour of an instant from the zone's offset then, without making a date and time of it. */
    private static int localHour(Instant instant, ZoneRules rules) {
        long localSeconds = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        return (int) Math.floorMod(localSeconds, SECONDS_PER_DAY) / SECONDS_PER_HOUR;
    }

    /** Traffic per day of the week, Monday first, each listed. */
    public static List<PeriodTotals> daysOfWeek(List<HourTotals> hours) {
        return grouped(DAY_NAMES, hours, hour -> hour.date().getDayOfWeek().ordinal());
    }

    /** The hours in groups by their index among the labels, each label listed. */
    private static List<PeriodTotals> grouped(List<String> labels, List<HourTotals> hours,
            ToIntFunction<HourTotals> index) {
        List<List<HourTotals>> groups = labels.stream().<List<HourTotals>>map(label -> new ArrayList<>()).toList();
        hours.forEach(hour -> groups.get(index.applyAsInt(hour)).add(hour));
        return IntStream.range(0, labels.size()).mapToObj(i -> PeriodTotals.of(labels.get(i), groups.get(i))).toList();
    }
}
