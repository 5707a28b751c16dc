package io.hitstream.stats.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.stats.config.WebhookFormat;
import io.hitstream.stats.domain.AlertRule;
import io.hitstream.stats.domain.Transition;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
    private static final Transition RECOVERED = new Transition(AlertRule.ERROR_RATE, Transition.Kind.RECOVERED, 12.5,
            5, 2, Instant.parse("2024-03-05T09:02:00Z"), Instant.parse("2024-03-05T09:07:00Z"), "");
    private static final Transition SLOW_API = new Transition(AlertRule.LATENCY, Transition.Kind.RAISED, 2000, 1000,
            5, Instant.parse("2024-03-05T09:02:00Z"), null, "api");

    @Test
    void theAlertmanagerFormIsOneAlertThatARecoveryEnds() {
        String body = WebhookPayload.of(WebhookFormat.ALERTMANAGER, "shop.example.org", ZoneId.of("Europe/Paris"),
                RECOVERED);

        assertEquals("[{\"labels\":{\"alertname\":\"hitstream_error_rate\",\"site\":\"shop.example.org\","
                + "\"rule\":\"error_rate\"},\"annotations\":{\"summary\":\"High error rate alert recovered"
                + " - 5xx percent = 12.50, recovered at 2024-03-05T10:07:00+01:00\",\"value\":\"12.50\","
                + "\"threshold\":\"5\",\"window_minutes\":\"2\"},\"startsAt\":\"2024-03-05T09:02:00Z\","
                + "\"endsAt\":\"2024-03-05T09:07:00Z\"}]", body);
    }

    @Test
    void theJsonFormCarriesTheRequestGroup() {
        String body = WebhookPayload.of(WebhookFormat.JSON, "shop.example.org", ZoneId.of("Europe/Paris"), SLOW_API);

        assertEquals("{\"site\":\"shop.example.org\",\"rule\":\"latency\",\"state\":\"raised\",\"value\":2000.0,"
                + "\"threshold\":1000.0,\"windowMinutes\":5,\"requestGroup\":\"api\","
                + "\"raisedAt\":\"2024-03-05T09:02:00Z\",\"recoveredAt\":null,\"message\":\"High latency (api)"
                + " generated an alert - p99 ms = 2000, triggered at 2024-03-05T10:02:00+01:00\"}", body);
    }

    @Test
    void theAlertmanagerFormLabelsTheRequestGroup() {
        String body = WebhookPayload.of(WebhookFormat.ALERTMANAGER, "shop.example.org", ZoneId.of("Europe/Paris"),
                SLOW_API);

        assertEquals("[{\"labels\":{\"alertname\":\"hitstream_latency\",\"site\":\"shop.example.org\","
                + "\"rule\":\"latency\",\"request_group\":\"api\"},\"annotations\":{\"summary\":\"High latency (api)"
                + " generated an alert - p99 ms = 2000, triggered at 2024-03-05T10:02:00+01:00\",\"value\":\"2000\","
                + "\"threshold\":\"1000\",\"window_minutes\":\"5\"},\"startsAt\":\"2024-03-05T09:02:00Z\"}]", body);
    }
}
