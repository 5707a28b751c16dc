package io.hitstream.report.web;

import io.hitstream.report.domain.Alert;
import io.hitstream.report.domain.SiteAlerts;
import java.util.List;

/** The body of {@code GET /api/v1/sites/{site}/alerts}, as README's "Alerts" spells it. */
public record AlertsJson(String site, String timeZone, List<AlertJson> open, List<AlertJson> past) {

    static AlertsJson of(SiteAlerts alerts) {
        return new AlertsJson(alerts.site(), alerts.timeZone(), alerts.open().stream().map(AlertJson::of).toList(),
                alerts.past().stream().map(AlertJson::of).toList());
    }

    /**
     * One alert; times are ISO-8601 instants (UTC), recoveredAt and recoveryValue null while open, requestGroup ""
     * but for latency.
     */
    public record AlertJson(String rule, double value, double threshold, int windowMinutes, String requestGroup,
            String raisedAt, String recoveredAt, Double recoveryValue) {
        static AlertJson of(Alert alert) {
            return new AlertJson(alert.rule(), alert.value(), alert.threshold(), alert.windowMinutes(),
                    alert.requestGroup(), alert.raisedAt().toString(),
                    alert.open() ? null : alert.recoveredAt().toString(), alert.recoveryValue());
        }
    }
}
