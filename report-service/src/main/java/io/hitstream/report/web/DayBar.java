package io.hitstream.report.web;

import io.hitstream.report.domain.DayTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One day of the hits-per-day chart.
 *
 * @param width the bar's CSS width: the day's hits as a percentage of the busiest day's
 */
public record DayBar(LocalDate date, long hits, long bytes, String width) {

    static List<DayBar> of(List<DayTotals> days) {
        long busiest = days.stream().mapToLong(DayTotals::hits).max().orElse(0);
        return days.stream()
                .map(day -> new DayBar(day.date(), day.hits(), day.bytes(), width(day.hits(), busiest)))
                .toList();
    }

    private static String width(long hits, long busiest) {
        double percent = busiest == 0 ? 0 : 100.0 * hits / busiest;
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
