package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.status.StatusFile;
import io.hitstream.agent.status.StreamStatus;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while a batch is in flight: the agent waits for its acknowledgement, records it, and exits 0. */
class SigtermTest {

    private static final String SITE = "www.example.org";
    private static final String LINES = "one\ntwo\nthree\n";

    @TempDir
    Path dir;

    private LoopbackIngestServer server;
    private LedgerIngestService ledger;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackIngestServer();
        ledger = server.service();
        ledger.delayAcks(Duration.ofSeconds(2));
        Files.writeString(dir.resolve("access.log"), LINES);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void runStoppedBySigtermWithABatchInFlightExitsZeroOnceItIsAcknowledgedAndRecorded() throws Exception {
        Path config = Files.writeString(dir.resolve("agent.yaml"), """
                ingest:
                  servers: [ "%s" ]
                batch: { linger: 10ms }
                follow: { poll-interval: 20ms }
                state-file: state/state.json
                status-interval: 1h
                streams:
                  - { site: %s, host: web-01, access-log: access.log }
                """.formatted(server.address(), SITE));
        Process agent = AgentProcess.start(dir.resolve("agent.out"), "run", "--config", config.toString());

        int exitCode = terminatedWithABatchInFlight(agent);

        assertEquals(0, exitCode, Files.readString(dir.resolve("agent.out")));
        assertEquals(LINES, ledger.storedOfSite(SITE));
        StreamStatus status = StatusFile.besideState(dir.resolve("state/state.json")).read().streams().get(0);
        assertEquals(3, status.linesAcknowledged());
        assertEquals("stopped", status.state());
    }

    @Test
    void shipFollowStoppedBySigtermWithABatchInFlightExitsZeroOnceItIsAcknowledged() throws Exception {
        Process agent = AgentProcess.start(dir.resolve("agent.out"), "ship", "--follow", "--site", SITE,
                "--format", "combined", "--server", server.address().toString(), dir.resolve("access.log").toString());
        awaitUntil(() -> ledger.storedOfSite(SITE).equals(LINES));
        Files.writeString(dir.resolve("access.log"), "four\n", StandardOpenOption.APPEND);

        int exitCode = terminatedWithABatchInFlight(agent);

        assertEquals(0, exitCode, Files.readString(dir.resolve("agent.out")));
        assertEquals(LINES + "four\n", ledger.storedOfSite(SITE));
    }

    /** Sends SIGTERM once a batch waits for its (delayed) acknowledgement, before it comes, and waits for the exit. */
    private int terminatedWithABatchInFlight(Process agent) throws InterruptedException {
        int answered = ledger.answers().size();
        awaitUntil(() -> ledger.answers().size() > answered);
        agent.destroy();
        if (!agent.waitFor(60, TimeUnit.SECONDS)) {
            agent.destroyForcibly();
            throw new AssertionError("the agent did not end within 60 s of SIGTERM");
        }
        return agent.exitValue();
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(10);
        }
    }
}
