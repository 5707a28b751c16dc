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
            5, 2, Instant.parse("2024-03-05T09:02:00Z"), Instant.parse("2024-03-05T09:07:00Z"));

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
}
