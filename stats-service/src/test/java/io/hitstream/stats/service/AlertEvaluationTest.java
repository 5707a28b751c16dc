package io.hitstream.stats.service;

import static io.hitstream.stats.service.AlertWebhooks.DOWN;
import static io.hitstream.stats.service.AlertWebhooks.SLOW_GROUP;
import static io.hitstream.stats.service.AlertWebhooks.SPIKE;
import static io.hitstream.stats.service.AlertWebhooks.TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.testing.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Alerts evaluated over per-minute section rows against a fixed clock: each window end is evaluated at the clock's
 * minute plus the one-minute lag, twice, as the 10-second job would.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(AlertWebhooks.class)
class AlertEvaluationTest {
    @Inject
    AlertEvaluator evaluator;

    @Inject
    WebhookSender sender;

    @Inject
    FixedClock clock;

    @Inject
    MeterRegistry registry;

    @Test
    void aTenfoldSpikeOfThreeMinutesIsRaisedOnceAndRecoveredOnceAndPostedTwice() throws Exception {
        Instant start = Instant.parse("2024-03-05T08:46:00Z");
        steadySpikeSteady(SPIKE, start);

        evaluateWindowsEnding(start.plus(minutes(1)), start.plus(minutes(16)));
        assertEquals(1.0, openGauge(SPIKE, "traffic"));
        evaluateWindowsEnding(start.plus(minutes(17)), start.plus(minutes(30)));
        try (WebhookReceiver webhook = new WebhookReceiver(AlertWebhooks.port(SPIKE))) {
            sender.sendDue();

            assertEquals(List.of("TRAFFIC|RECOVERED|1100.0|600.0|2|2024-03-05T09:02:00Z|2024-03-05T09:07:00Z|200.0"),
                    AlertTables.alerts(SPIKE));
            assertEquals(0.0, openGauge(SPIKE, "traffic"));
            assertEquals(List.of(
                    "POST {\"site\":\"spike.example.org\",\"rule\":\"traffic\",\"state\":\"raised\",\"value\":1100.0,"
                            + "\"threshold\":600.0,\"windowMinutes\":2,\"requestGroup\":\"\","
                            + "\"raisedAt\":\"2024-03-05T09:02:00Z\","
                            + "\"recoveredAt\":null,\"message\":\"High traffic generated an alert - hits = 1100,"
                            + " triggered at 2024-03-05T10:02:00+01:00\"}",
                    "POST {\"site\":\"spike.example.org\",\"rule\":\"traffic\",\"state\":\"recovered\",\"value\":200.0,"
                            + "\"threshold\":1000.0,\"windowMinutes\":2,\"requestGroup\":\"\","
                            + "\"raisedAt\":\"2024-03-05T09:02:00Z\","
                            + "\"recoveredAt\":\"2024-03-05T09:07:00Z\",\"message\":\"High traffic alert recovered"
                            + " - hits = 200, recovered at 2024-03-05T10:07:00+01:00\"}"),
                    webhook.received());
        }
    }

    @Test
    void anErrorBurstUnderTheMinimumRequestCountRaisesNothing() {
        String site = "few-errors.example.org";
        Instant start = Instant.parse("2024-04-01T10:00:00Z");
        AlertTables.site(site, "UTC");
        for (int minute = 0; minute < 12; minute++) {
            AlertTables.minute(site, start.plus(minutes(minute)), 20, minute == 5 || minute == 6 ? 10 : 0);
        }

        evaluateWindowsEnding(start.plus(minutes(1)), start.plus(minutes(12)));

        assertEquals(List.of(), AlertTables.alerts(site));
    }

    @Test
    void anErrorBurstAboveTheMinimumRequestCountRaisesOneAlert() {
        String site = "many-errors.example.org";
        Instant start = Instant.parse("2024-04-02T10:00:00Z");
        AlertTables.site(site, "UTC");
        for (int minute = 0; minute < 12; minute++) {
            boolean burst = minute == 5;
            AlertTables.minute(site, start.plus(minutes(minute)), burst ? 60 : 20, burst ? 15 : 0);
        }

        evaluateWindowsEnding(start.plus(minutes(1)), start.plus(minutes(12)));

        // Windows [4,6) and [5,7) hold 80 hits with 15 errors (18.75 %); [6,8) and [7,9) none: recovered at 9.
        assertEquals(List.of("ERROR_RATE|RECOVERED|18.75|5.0|2|2024-04-02T10:06:00Z|2024-04-02T10:09:00Z|0.0"),
                AlertTables.alerts(site));
    }

    @Test
    void aMinuteOfSlowCallsRaisesTheLatencyAlertForTheWindowsItIsInAndRecoversAfterThem() {
        String site = "slow.example.org";
        Instant start = Instant.parse("2024-06-03T10:00:00Z");
        AlertTables.site(site, "UTC");
        for (int minute = 0; minute < 12; minute++) {
            AlertTables.latencyMinute(site, start.plus(minutes(minute)), "api", 30, minute == 5 ? 2_000_000 : 200_000);
        }

        evaluateWindowsEnding(start.plus(minutes(1)), start.plus(minutes(12)));

        // Windows of 5 minutes hold 150 calls from the one ending at 5; [1,6) to [5,10) hold the 30 slow ones
        // (p99: the 149th call, 2 s); [6,11) and [7,12) none: recovered at 12 with the others' 200 ms.
        assertEquals(List.of("LATENCY|RECOVERED|2000.0|1000.0|5|2024-06-03T10:06:00Z|2024-06-03T10:12:00Z|200.0"),
                AlertTables.alerts(site));
    }

    @Test
    void aLatencyAlertRecoversNamingTheGroupItWasRaisedForThoughAnotherIsNowSlowest() throws Exception {
        Instant start = Instant.parse("2024-06-04T10:00:00Z");
        AlertTables.site(SLOW_GROUP, "UTC");
        for (int minute = 0; minute < 12; minute++) {
            Instant at = start.plus(minutes(minute));
            AlertTables.latencyMinute(SLOW_GROUP, at, "api", 30, minute == 5 ? 2_000_000 : 200_000);
            AlertTables.latencyMinute(SLOW_GROUP, at, "search", 30, 300_000);
        }

        evaluateWindowsEnding(start.plus(minutes(1)), start.plus(minutes(12)));

        // At the recovery "search" (300 ms) is slower than "api" (200 ms); the recovery still ends api's alert.
        assertEquals(List.of("LATENCY|RECOVERED|api"), AlertTables.alertGroups(SLOW_GROUP));
        try (WebhookReceiver webhook = new WebhookReceiver(AlertWebhooks.port(SLOW_GROUP))) {
            sender.sendDue();

            assertEquals(List.of(
                    "POST {\"site\":\"slow-group.example.org\",\"rule\":\"latency\",\"state\":\"raised\","
                            + "\"value\":2000.0,\"threshold\":1000.0,\"windowMinutes\":5,\"requestGroup\":\"api\","
                            + "\"raisedAt\":\"2024-06-04T10:06:00Z\",\"recoveredAt\":null,\"message\":\"High latency"
                            + " (api) generated an alert - p99 ms = 2000, triggered at 2024-06-04T10:06:00Z\"}",
                    "POST {\"site\":\"slow-group.example.org\",\"rule\":\"latency\",\"state\":\"recovered\","
                            + "\"value\":300.0,\"threshold\":1000.0,\"windowMinutes\":5,\"requestGroup\":\"api\","
                            + "\"raisedAt\":\"2024-06-04T10:06:00Z\",\"recoveredAt\":\"2024-06-04T10:12:00Z\","
                            + "\"message\":\"High latency (api) alert recovered - p99 ms = 300,"
                            + " recovered at 2024-06-04T10:12:00Z\"}"),
                    webhook.received());
        }
    }

    @Test
    void twoEvaluatorsAtOnceStoreEachTransitionOnce() throws Exception {
        Instant start = Instant.parse("2024-05-07T08:46:00Z");
        steadySpikeSteady(TWICE, start);
        ExecutorService evaluators = Executors.newFixedThreadPool(2);
        try {
            for (Instant end = start.plus(minutes(1)); !end.isAfter(start.plus(minutes(30))); end = end.plus(minutes(1))) {
                clock.set(end.plus(minutes(1)).plusSeconds(30));
                CountDownLatch ready = new CountDownLatch(2);
                Future<?> first = evaluators.submit(() -> evaluateWhenBothReady(ready));
                Future<?> second = evaluators.submit(() -> evaluateWhenBothReady(ready));
                first.get();
                second.get();
            }
        } finally {
            evaluators.shutdown();
        }

        assertEquals(List.of("TRAFFIC|RECOVERED|1100.0|600.0|2|2024-05-07T09:02:00Z|2024-05-07T09:07:00Z|200.0"),
                AlertTables.alerts(TWICE));
        assertEquals(List.of("TRAFFIC|RAISED|0|false|2024-05-07T09:03:30Z|false",
                "TRAFFIC|RECOVERED|0|false|2024-05-07T09:08:30Z|false"), AlertTables.webhookCalls(TWICE));
    }

    @Test
    void aTransitionWhoseWebhookIsDownIsStoredAndSentOnALaterRetry() throws Exception {
        Instant start = Instant.parse("2024-01-15T12:00:00Z");
        AlertTables.site(DOWN, "UTC");
        AlertTables.minute(DOWN, start, 100, 50);
        AlertTables.minute(DOWN, start.plus(minutes(1)), 100, 50);
        evaluateWindowsEnding(start.plus(minutes(2)), start.plus(minutes(2)));

        sender.sendDue();

        assertEquals(List.of("ERROR_RATE|RAISED|50.0|5.0|2|2024-01-15T12:02:00Z|null|null"), AlertTables.alerts(DOWN));
        assertEquals(List.of("ERROR_RATE|RAISED|1|false|2024-01-15T12:03:40Z|true"), AlertTables.webhookCalls(DOWN));
        try (WebhookReceiver webhook = new WebhookReceiver(AlertWebhooks.port(DOWN))) {
            sender.sendDue();
            assertEquals(List.of(), webhook.received(), "the retry waits its 10 s");

            clock.set(Instant.parse("2024-01-15T12:03:40Z"));
            sender.sendDue();

            assertEquals(1, webhook.received().size());
            assertEquals(List.of("ERROR_RATE|RAISED|2|true|2024-01-15T12:03:40Z|false"), AlertTables.webhookCalls(DOWN));
        }
    }

    /** 15 minutes of 100 hits, 3 of 1,000, 12 of 100 again. */
    private static void steadySpikeSteady(String site, Instant start) {
        AlertTables.site(site, "Europe/Paris");
        for (int minute = 0; minute < 30; minute++) {
            AlertTables.minute(site, start.plus(minutes(minute)), minute >= 15 && minute < 18 ? 1000 : 100, 0);
        }
    }

    private void evaluateWindowsEnding(Instant first, Instant last) {
        for (Instant end = first; !end.isAfter(last); end = end.plus(minutes(1))) {
            clock.set(end.plus(minutes(1)).plusSeconds(30));
            evaluator.evaluateAll();
            evaluator.evaluateAll();
        }
    }

    private void evaluateWhenBothReady(CountDownLatch ready) {
        ready.countDown();
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        evaluator.evaluateAll();
    }

    private double openGauge(String site, String rule) {
        return registry.get("hitstream.stats.alert.open").tags("site", site, "rule", rule).gauge().value();
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
