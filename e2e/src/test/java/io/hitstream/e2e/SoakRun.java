package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak ({@code ./hitstream soak}, the e2e module's {@code soak} profile; not part of the test suite): for
 * {@code hitstream.soak.duration} (ISO 8601, default 10 minutes) a log is written at a steady rate while, at moments
 * drawn from {@code hitstream.soak.seed} (default {@value #DEFAULT_SEED}), it is rotated by rename or copytruncate, and
 * the agent, ingest or stats is killed with SIGKILL and started again. Then the report's totals must equal the counts
 * of the lines written, and the committed offsets must add up to every byte written. The outcome is printed and
 * written to {@code e2e/target/soak-result.txt}.
 */
class SoakRun {
    static final long DEFAULT_SEED = 20261205;
    private static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);
    private static final String SITE = "soak.e2e.example.org";
    /** Lines written per second of the soak. */
    private static final int LINES_PER_SECOND = 150;
    /** Longest wait between two events, and longest time a killed process stays down. */
    private static final int MAX_PAUSE_MILLIS = 8000;
    private static final int MAX_DOWN_MILLIS = 4000;
    private static final Duration SETTLING = Duration.ofMinutes(5);

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Integer> events = new TreeMap<>();

    @Test
    void everyLineWrittenIsCountedOnceThroughRotationsAndKills(@TempDir Path work) throws Exception {
        Duration duration = Duration.parse(System.getProperty("hitstream.soak.duration", DEFAULT_DURATION.toString()));
        long seed = Long.getLong("hitstream.soak.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        Instant started = Instant.now();
        try (Pipeline pipeline = Pipeline.start("soak")) {
            Path sample = generate(pipeline, work, duration, seed);
            Path logs = Files.createDirectories(work.resolve("logs"));
            Path config = Files.writeString(work.resolve("agent.yaml"), AgentProcess.followingConfig(
                    pipeline.ingestAddress(), false,
                    "  - { site: %s, host: soak-host, format: combined, access-log: logs/access.log }\n".formatted(SITE)));
            Process agent = startAgent(pipeline, work, config);
            try (SoakLog log = SoakLog.start(sample, logs.resolve("access.log"), duration, seed)) {
                while (!log.done()) {
                    Thread.sleep(random.nextInt(MAX_PAUSE_MILLIS));
                    agent = act(random, pipeline, log, agent, work, config);
                }
            }
            try {
                ReferenceCounts expected = ReferenceCounts.of(sample);
                awaitSettled(pipeline, work, expected);
                JsonNode summary = pipeline.summaryOrNull(SITE);
                assertNotNull(summary, "no line was counted");
                long committed = pipeline.committedOffsets(SITE).values().stream().mapToLong(Long::longValue).sum();
                String result = "soak of %s with seed %d: %d lines (%d bytes) written, events %s; counted %d hits, %d bytes, %d rejected (expected %d, %d, %d); committed offsets add up to %d of %d bytes; took %s"
                        .formatted(duration, seed, expected.hits + expected.rejected, Files.size(sample), events,
                                summary.get("hits").asLong(), summary.get("bytes").asLong(), rejected(summary),
                                expected.hits, expected.bytes, expected.rejected, committed, Files.size(sample),
                                Duration.between(started, Instant.now()).withNanos(0));
                System.out.println(result);
                Files.writeString(Files.createDirectories(Pipeline.ROOT.resolve("e2e/target")).resolve("soak-result.txt"),
                        result + "\n");
                assertEquals(expected.hits, summary.get("hits").asLong(), "hits");
                assertEquals(expected.bytes, summary.get("bytes").asLong(), "bytes");
                assertEquals(expected.rejected, rejected(summary), "rejected lines");
                assertEquals(Files.size(sample), committed, "committed offsets, added up over the files");
            } finally {
                agent.destroyForcibly().waitFor();
            }
        }
    }

    /** One event drawn from the seed: a rotation, or a process killed and, after a while, started again. */
    private Process act(Random random, Pipeline pipeline, SoakLog log, Process agent, Path work, Path config)
            throws Exception {
        int event = random.nextInt(5);
        int down = random.nextInt(MAX_DOWN_MILLIS);
        switch (event) {
            case 0 -> log.rotate(SoakLog.Rotation.RENAME);
            case 1 -> log.rotate(SoakLog.Rotation.COPY_TRUNCATE);
            case 2 -> {
                agent.destroyForcibly().waitFor();
                Thread.sleep(down);
                agent = startAgent(pipeline, work, config);
            }
            default -> {
                String service = event == 3 ? "ingest" : "stats";
                pipeline.services().kill(service);
                Thread.sleep(down);
                pipeline.services().restart(service);
            }
        }
        events.merge(switch (event) {
            case 0 -> "rename";
            case 1 -> "copytruncate";
            case 2 -> "agent-kill";
            case 3 -> "ingest-kill";
            default -> "stats-kill";
        }, 1, Integer::sum);
        return agent;
    }

    private static Process startAgent(Pipeline pipeline, Path work, Path config) throws Exception {
        return pipeline.agent().start(work.resolve("agent.log"), "run", "--config", config.toString());
    }

    private static Path generate(Pipeline pipeline, Path work, Duration duration, long seed) throws Exception {
        Path out = work.resolve("sample");
        AgentProcess.Result generated = pipeline.agent().run("generate", "--out", out.toString(), "--lines",
                String.valueOf(duration.toSeconds() * LINES_PER_SECOND), "--days", "3", "--seed", String.valueOf(seed),
                "--sites", SITE);
        assertEquals(0, generated.exitCode(), generated.stderr());
        return out.resolve(SITE + ".access.log");
    }

    /** Waits until the agent has nothing left to ship and the report counts every line written. */
    private void awaitSettled(Pipeline pipeline, Path work, ReferenceCounts expected) throws Exception {
        Instant deadline = Instant.now().plus(SETTLING);
        while (Instant.now().isBefore(deadline)) {
            JsonNode summary = pipeline.summaryOrNull(SITE);
            long counted = summary == null ? 0 : summary.get("hits").asLong() + rejected(summary);
            if (caughtUp(work) && counted >= expected.hits + expected.rejected) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private boolean caughtUp(Path work) throws Exception {
        Path status = work.resolve("state/state.status.json");
        if (!Files.exists(status)) {
            return false;
        }
        JsonNode stream = json.readTree(Files.readAllBytes(status)).get("streams").get(0);
        String state = stream.get("state").asText();
        assertFalse(state.startsWith("failed"), "the agent's stream " + state);
        return stream.get("lagBytes").asLong() == 0 && state.startsWith("shipping");
    }

    private static long rejected(JsonNode summary) {
        long rejected = 0;
        for (JsonNode rejection : summary.get("rejections")) {
            rejected += rejection.get("lines").asLong();
        }
        return rejected;
    }
}
