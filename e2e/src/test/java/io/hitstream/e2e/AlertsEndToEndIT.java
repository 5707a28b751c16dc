package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traffic spike through the whole pipeline: the packaged agent ships a generated log (15 minutes of 100 hits, 3
 * of 1,000, 12 of 100) to the packaged services; stats' alert clock is a clock file this test moves one minute at a
 * time through the log's minutes, waiting at each for stats' own 1-second job to evaluate it; the webhook is a real
 * HTTP server here. The absolute threshold is 1,000 hits in 2 minutes; the site is in Paris.
 */
class AlertsEndToEndIT {
    private static final String SITE = "spike.e2e.example.org";
    private static final Instant START = Instant.parse("2024-03-05T08:46:00Z");
    private static final int MINUTES = 30;
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Duration EVALUATION_WAIT = Duration.ofSeconds(60);

    @Test
    void aTenfoldSpikeOfThreeMinutesIsRaisedOnceRecoveredOnceAndPostedTwice(@TempDir Path work) throws Exception {
        Path clock = work.resolve("alert-clock");
        setClock(clock, START);
        Path log = Files.writeString(work.resolve(SITE + ".access.log"), steadySpikeSteady());
        try (WebhookServer webhook = new WebhookServer();
                Pipeline pipeline = Pipeline.start("e2e_alerts", Map.of(
                        "HITSTREAM_INGEST_DEFAULT_TIME_ZONE", "Europe/Paris",
                        "HITSTREAM_STATS_ALERTS_CLOCK_FILE", clock.toString(),
                        "HITSTREAM_STATS_ALERTS_EVALUATE_EVERY", "1s",
                        "HITSTREAM_STATS_ALERTS_SEND_EVERY", "1s",
                        "HITSTREAM_STATS_ALERTS_DEFAULTS_TRAFFIC_ABSOLUTE_THRESHOLD", "1000",
                        "HITSTREAM_STATS_ALERTS_DEFAULTS_WEBHOOK_URL", webhook.url(),
                        "HITSTREAM_STATS_RETENTION_INTERVAL", "off"))) {
            AgentProcess.Result shipped = pipeline.agent().run("ship", "--site", SITE, "--format", "combined",
                    "--server", pipeline.ingestAddress(), log.toString());
            assertEquals(0, shipped.exitCode(), shipped.stderr());
            assertTrue(shipped.stdout().contains("5700 accepted, 0 rejected"), shipped.stdout());

            for (int minute = 1; minute <= MINUTES; minute++) {
                Instant end = START.plus(Duration.ofMinutes(minute));
                // The windows end one minute (the lag) before the clock's minute.
                setClock(clock, end.plus(Duration.ofMinutes(1)).plusSeconds(30));
                awaitEvaluated(pipeline, end);
            }
            awaitRequests(webhook, 2);
            // Several more sends of the 1-second job: nothing else may arrive.
            Thread.sleep(3000);

            assertEquals(List.of(
                    "POST application/json {\"site\":\"" + SITE + "\",\"rule\":\"traffic\",\"state\":\"raised\","
                            + "\"value\":1100.0,\"threshold\":600.0,\"windowMinutes\":2,\"requestGroup\":\"\","
                            + "\"raisedAt\":\"2024-03-05T09:02:00Z\",\"recoveredAt\":null,\"message\":\"High traffic"
                            + " generated an alert - hits = 1100, triggered at 2024-03-05T10:02:00+01:00\"}",
                    "POST application/json {\"site\":\"" + SITE + "\",\"rule\":\"traffic\",\"state\":\"recovered\","
                            + "\"value\":200.0,\"threshold\":1000.0,\"windowMinutes\":2,\"requestGroup\":\"\","
                            + "\"raisedAt\":\"2024-03-05T09:02:00Z\",\"recoveredAt\":\"2024-03-05T09:07:00Z\","
                            + "\"message\":\"High traffic alert recovered - hits = 200, recovered at"
                            + " 2024-03-05T10:07:00+01:00\"}"),
                    webhook.received());
            JsonNode alerts = pipeline.get("/api/v1/sites/" + SITE + "/alerts");
            assertEquals("[]", alerts.get("open").toString());
            assertEquals("[{\"rule\":\"traffic\",\"value\":1100.0,\"threshold\":600.0,\"windowMinutes\":2,"
                    + "\"requestGroup\":\"\","
                    + "\"raisedAt\":\"2024-03-05T09:02:00Z\",\"recoveredAt\":\"2024-03-05T09:07:00Z\","
                    + "\"recoveryValue\":200.0}]", alerts.get("past").toString());
        }
    }

    /** 100 hits a minute, 1,000 in minutes 15 to 17, each minute's hits spread over its seconds. */
    private static String steadySpikeSteady() {
        StringBuilder log = new StringBuilder();
        for (int minute = 0; minute < MINUTES; minute++) {
            int hits = minute >= 15 && minute < 18 ? 1000 : 100;
            for (int hit = 0; hit < hits; hit++) {
                Instant at = START.plus(Duration.ofMinutes(minute)).plusSeconds(hit * 60L / hits);
                log.append("203.0.113.").append(hit % 200 + 1).append(" - - [").append(LOG_TIME.format(at))
                        .append("] \"GET /shop/item/").append(hit).append(" HTTP/1.1\" 200 512 \"-\" \"curl/8.5.0\"\n");
            }
        }
        return log.toString();
    }

    private static void setClock(Path clock, Instant instant) throws Exception {
        Path next = clock.resolveSibling(clock.getFileName() + ".next");
        Files.writeString(next, instant.toString());
        // Moved in one step, so that stats never reads a half-written instant.
        Files.move(next, clock, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitEvaluated(Pipeline pipeline, Instant end) throws Exception {
        Instant deadline = Instant.now().plus(EVALUATION_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Instant evaluated = pipeline.lastEvaluatedWindowEnd(SITE);
            if (evaluated != null && !evaluated.isBefore(end)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("stats did not evaluate the window ending " + end + " within " + EVALUATION_WAIT);
    }

    private static void awaitRequests(WebhookServer webhook, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(EVALUATION_WAIT);
        while (webhook.received().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
