package io.hitstream.report.web;

import io.hitstream.report.domain.Alert;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the alerts page writes an alert; Qute calls these as {@code {alert.title}} and so on. */
@TemplateExtension
public final class AlertFormat {
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private AlertFormat() {
    }

    /** The rule in the words of stats' log lines, with the request group of a latency alert: High latency (api). */
    static String title(Alert alert) {
        String rule = switch (alert.rule()) {
            case "traffic" -> "High traffic";
            case "error_rate" -> "High error rate";
            case "latency" -> "High latency";
            case "silence" -> "Silence";
            default -> alert.rule();
        };
        return alert.requestGroup().isEmpty() ? rule : rule + " (" + alert.requestGroup() + ")";
    }

    /** What the figures of the rule count. */
    static String measure(Alert alert) {
        return switch (alert.rule()) {
            case "error_rate" -> "5xx %";
            case "latency" -> "p99 ms";
            default -> "hits";
        };
    }

    /** A whole figure without decimals (hits), any other with two, as stats' log lines write them. */
    static String figure(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The instant as a minute in the site's zone: 2024-03-05 10:02. */
    static String local(Instant instant, String zone) {
        return LOCAL_MINUTE.format(instant.atZone(ZoneId.of(zone)));
    }
}
