package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent follows a log being written and rotated while a process of the pipeline is killed (SIGKILL)
 * and started again: the agent itself, ingest, or stats. Each ends with the report's totals exactly equal to the
 * counts taken from the lines written: no line lost, none counted twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowEndToEndIT {
    private static final Duration FEEDING = Duration.ofSeconds(10);
    private static final Duration SETTLING = Duration.ofMinutes(3);

    private final ObjectMapper json = new ObjectMapper();
    private Pipeline pipeline;
    private ServiceProcesses services;
    private Path work;

    @BeforeAll
    void startPipeline(@TempDir Path work) throws Exception {
        this.work = work;
        pipeline = Pipeline.start("e2e_follow");
        services = pipeline.services();
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void agentKilledWhileShippingAndStartedAgainEndsWithExactTotals() throws Exception {
        FollowedSite stream = new FollowedSite("agent-killed.e2e.example.org", 101);
        Process first = stream.startAgent();
        try (LogFeeder feeder = LogFeeder.start(stream.sample, stream.live, FEEDING)) {
            feeder.awaitShare(0.35);
            first.destroyForcibly().waitFor();
            feeder.awaitShare(0.5);
            stream.agent = stream.startAgent();
        }
        stream.assertExactTotals();
    }

    @Test
    void ingestKilledWhileShippingAndStartedAgainEndsWithExactTotals() throws Exception {
        FollowedSite stream = new FollowedSite("ingest-killed.e2e.example.org", 202);
        stream.agent = stream.startAgent();
        try (LogFeeder feeder = LogFeeder.start(stream.sample, stream.live, FEEDING)) {
            feeder.awaitShare(0.35);
            services.kill("ingest");
            feeder.awaitShare(0.5);
            services.restart("ingest");
        }
        stream.assertExactTotals();
    }

    @Test
    void statsKilledWhileShippingAndStartedAgainEndsWithExactTotals() throws Exception {
        FollowedSite stream = new FollowedSite("stats-killed.e2e.example.org", 303);
        stream.agent = stream.startAgent();
        try (LogFeeder feeder = LogFeeder.start(stream.sample, stream.live, FEEDING)) {
            feeder.awaitShare(0.35);
            services.kill("stats");
            feeder.awaitShare(0.5);
            services.restart("stats");
        }
        stream.assertExactTotals();
    }

    /** One site's sample, the live log it is written into, and the agent following it. */
    private final class FollowedSite {
        final String site;
        final Path directory;
        final Path sample;
        final Path live;
        final Path config;
        final ReferenceCounts expected;
        Process agent;

        FollowedSite(String site, long seed) throws Exception {
            this.site = site;
            this.directory = Files.createDirectories(work.resolve(site));
            AgentProcess.Result generated = pipeline.agent().run("generate", "--out",
                    directory.resolve("sample").toString(), "--lines", "20000", "--days", "3", "--seed",
                    String.valueOf(seed), "--sites", site);
            assertEquals(0, generated.exitCode(), generated.stderr());
            this.sample = directory.resolve("sample").resolve(site + ".access.log");
            this.expected = ReferenceCounts.of(sample);
            this.live = directory.resolve("access.log");
            this.config = Files.writeString(directory.resolve("agent.yaml"), AgentProcess.followingConfig(
                    pipeline.ingestAddress(), false,
                    "  - { site: %s, host: e2e-host, format: combined, access-log: access.log }\n".formatted(site)));
        }

        Process startAgent() throws IOException {
            return pipeline.agent().start(directory.resolve("agent.log"), "run", "--config", config.toString());
        }

        /** Waits until ingest counted as many lines as were written and the agent has nothing left, then compares. */
        void assertExactTotals() throws Exception {
            try {
                Instant deadline = Instant.now().plus(SETTLING);
                while (Instant.now().isBefore(deadline) && !(caughtUp() && linesCounted() >= expected.hits + expected.rejected)) {
                    Thread.sleep(200);
                }
                JsonNode summary = summary();
                assertNotNull(summary, "no line of " + site + " was counted");
                long rejected = 0;
                for (JsonNode rejection : summary.get("rejections")) {
                    rejected += rejection.get("lines").asLong();
                }
                assertEquals(expected.hits, summary.get("hits").asLong(), "hits of " + site);
                assertEquals(expected.bytes, summary.get("bytes").asLong(), "bytes of " + site);
                assertEquals(expected.rejected, rejected, "rejected lines of " + site);
            } finally {
                agent.destroyForcibly().waitFor();
            }
        }

        private long linesCounted() throws IOException, InterruptedException {
            JsonNode summary = summary();
            if (summary == null) {
                return 0;
            }
            long lines = summary.get("hits").asLong();
            for (JsonNode rejection : summary.get("rejections")) {
                lines += rejection.get("lines").asLong();
            }
            return lines;
        }

        /** The agent's status says every byte on disk is acknowledged; fails at once when it says the stream failed. */
        private boolean caughtUp() throws IOException {
            Path status = directory.resolve("state/state.status.json");
            if (!Files.exists(status)) {
                return false;
            }
            JsonNode stream = json.readTree(Files.readAllBytes(status)).get("streams").get(0);
            String state = stream.get("state").asText();
            assertFalse(state.startsWith("failed"), "the agent's stream of " + site + " " + state);
            return stream.get("lagBytes").asLong() == 0 && state.startsWith("shipping");
        }

        private JsonNode summary() throws IOException, InterruptedException {
            return pipeline.summaryOrNull(site);
        }
    }
}
