package io.hitstream.report.web;

import io.hitstream.report.domain.LiveView;
import io.hitstream.report.domain.OpenAlert;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /api/v1/sites/{site}/live}, as the API contract spells it.
 *
 * @param minutes the window's UTC minutes, oldest first; every hits list has one figure per minute
 * @param mostPopular the section with most hits, null when the window has none
 * @param trafficAlert the open traffic alert, null when none is open
 */
public record LiveJson(String site, String timeZone, List<Instant> minutes, List<LiveView.SectionHits> sections,
        List<Long> perMinute, long total, String mostPopular, Alert trafficAlert) {

    /** An open alert: when the window that raised it ended, its hits, the threshold they went over. */
    public record Alert(Instant raisedAt, double value, double threshold, int windowMinutes) {
        static Alert of(OpenAlert alert) {
            return new Alert(alert.raisedAt(), alert.value(), alert.threshold(), alert.windowMinutes());
        }
    }

    static LiveJson of(LiveView view) {
        return new LiveJson(view.site(), view.timeZone(), view.minutes(), view.sections(), view.perMinute(),
                view.total(), view.mostPopular().orElse(null), view.trafficAlert().map(Alert::of).orElse(null));
    }
}
