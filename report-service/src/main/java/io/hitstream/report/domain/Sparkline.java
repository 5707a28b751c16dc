package io.hitstream.report.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Daily hits drawn as an SVG polyline in a {@link #WIDTH} by {@link #HEIGHT} box: the first day at the left, the
 * busiest day touching the top, a day without hits on the bottom.
 *
 * @param points the polyline's points attribute
 */
public record Sparkline(String points) {
    public static final int WIDTH = 120;
    public static final int HEIGHT = 24;

    public static Sparkline of(List<Long> dailyHits) {
        long busiest = dailyHits.stream().mapToLong(Long::longValue).max().orElse(0);
        double step = dailyHits.size() < 2 ? 0 : (double) WIDTH / (dailyHits.size() - 1);
        return new Sparkline(IntStream.range(0, dailyHits.size())
                .mapToObj(day -> String.format(Locale.ROOT, "%.1f,%.1f", day * step,
                        HEIGHT - (busiest == 0 ? 0 : (double) HEIGHT * dailyHits.get(day) / busiest)))
                .collect(Collectors.joining(" ")));
    }
}
