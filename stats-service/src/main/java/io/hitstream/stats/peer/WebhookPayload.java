package io.hitstream.stats.peer;

import io.hitstream.stats.config.WebhookFormat;
import io.hitstream.stats.domain.Transition;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.ZoneId;
import java.util.Locale;

/** The JSON body POSTed to a site's webhook for one transition, in either documented form (README, "Alerts"). */
public final class WebhookPayload {
    private WebhookPayload() {
    }

    public static String of(WebhookFormat format, String site, ZoneId zone, Transition transition) {
        return format == WebhookFormat.ALERTMANAGER
                ? alertmanager(site, zone, transition).encode()
                : hitstream(site, zone, transition).encode();
    }

    private static JsonObject hitstream(String site, ZoneId zone, Transition transition) {
        return new JsonObject()
                .put("site", site)
                .put("rule", rule(transition))
                .put("state", transition.kind().name().toLowerCase(Locale.ROOT))
                .put("value", transition.value())
                .put("threshold", transition.threshold())
                .put("windowMinutes", transition.windowMinutes())
                .put("requestGroup", transition.requestGroup())
                .put("raisedAt", transition.raisedAt().toString())
                .put("recoveredAt", transition.recoveredAt() == null ? null : transition.recoveredAt().toString())
                .put("message", transition.message(zone));
    }

    /** Alertmanager resolves an alert whose endsAt has passed, so only a recovery carries one. */
    private static JsonArray alertmanager(String site, ZoneId zone, Transition transition) {
        JsonObject labels = new JsonObject()
                .put("alertname", "hitstream_" + rule(transition))
                .put("site", site)
                .put("rule", rule(transition));
        // A recovery carries its raise's group, so both name the same alert to Alertmanager.
        if (!transition.requestGroup().isEmpty()) {
            labels.put("request_group", transition.requestGroup());
        }
        JsonObject alert = new JsonObject()
                .put("labels", labels)
                .put("annotations", new JsonObject()
                        .put("summary", transition.message(zone))
                        .put("value", Transition.figure(transition.value()))
                        .put("threshold", Transition.figure(transition.threshold()))
                        .put("window_minutes", Integer.toString(transition.windowMinutes())))
                .put("startsAt", transition.raisedAt().toString());
        if (transition.recoveredAt() != null) {
            alert.put("endsAt", transition.recoveredAt().toString());
        }
        return new JsonArray().add(alert);
    }

    private static String rule(Transition transition) {
        return transition.rule().name().toLowerCase(Locale.ROOT);
    }
}
