package io.hitstream.report.web;

import io.hitstream.report.domain.LiveView;
import io.hitstream.report.domain.OpenAlert;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the live page shows of a {@link LiveView}, its times written in the site's zone.
 *
 * @param minuteLabels the window's minutes as HH:mm
 * @param mostPopular the most popular section, null when the window has no hits
 * @param alert the open traffic alert in words, null when none is open
 * @param refreshSeconds how often the page reloads
 */
public record LivePage(LiveView view, List<String> minuteLabels, String mostPopular, String alert,
        long refreshSeconds) {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static LivePage of(LiveView view, long refreshSeconds) {
        ZoneId zone = ZoneId.of(view.timeZone());
        return new LivePage(view, view.minutes().stream().map(minute -> MINUTE.format(minute.atZone(zone))).toList(),
                view.mostPopular().orElse(null), view.trafficAlert().map(alert -> words(alert, zone)).orElse(null),
                refreshSeconds);
    }

    private static String words(OpenAlert alert, ZoneId zone) {
        return String.format(Locale.ROOT, "High traffic alert open since %s: %,d hits in %d minutes, threshold %,d",
                at(alert.raisedAt(), zone), Math.round(alert.value()), alert.windowMinutes(),
                Math.round(alert.threshold()));
    }

    private static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
