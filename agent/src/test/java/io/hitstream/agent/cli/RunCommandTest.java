package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.status.StatusFile;
import io.hitstream.agent.status.StreamStatus;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String SITE = "www.example.org";

    @TempDir
    Path dir;

    private LoopbackIngestServer server;
    private LedgerIngestService ledger;
    private Path config;
    private Path log;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackIngestServer();
        ledger = server.service();
        log = dir.resolve("logs/access.log");
        Files.createDirectories(log.getParent());
        config = Files.writeString(dir.resolve("agent.yaml"), """
                ingest:
                  servers: [ "%s" ]
                batch: { linger: 10ms }
                follow: { poll-interval: 20ms }
                state-file: state/state.json
                status-interval: 50ms
                streams:
                  - { site: %s, host: web-01, access-log: logs/access.log, error-log: logs/error.log }
                """.formatted(server.address(), SITE));
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void runShipsTheConfiguredStreamsAndTheirErrorLogsAndStatusPrintsWhatItDid() throws Exception {
        Path errorLog = dir.resolve("logs/error.log");
        Files.writeString(log, "one\ntwo\nthree\n");
        Files.writeString(errorLog, "");
        try (BackgroundRun run = new BackgroundRun("run", "--config", config.toString())) {
            awaitUntil(() -> ledger.storedOfSite(SITE).equals("one\ntwo\nthree\n"));
            Files.writeString(errorLog, "2026/11/21 10:00:00 [error] 1#0: oops\n");
            StatusFile statusFile = StatusFile.besideState(dir.resolve("state/state.json"));
            awaitUntil(() -> caughtUp(statusFile));

            CommandRun status = CommandRun.of("status", "--config", config.toString());

            assertEquals(0, status.exitCode(), status.err());
            List<String> rows = status.out().lines().skip(2).toList();
            String address = server.address().toString();
            assertEquals(List.of(
                    String.format("SITE             HOST    ACCESS LOG%s  READ  SHIPPED  ACKNOWLEDGED  LAG BYTES  LAG SECONDS  STATE",
                            " ".repeat(log.toString().length() - "ACCESS LOG".length())),
                    String.format("www.example.org  web-01  %s     3        3             3          0          0.0  shipping %s to %s",
                            log, log, address),
                    String.format("www.example.org  web-01  %s      1        1             1          0          0.0  shipping %s to %s",
                            errorLog, errorLog, address),
                    "",
                    String.format("SITE             ERROR LOG%s  LINES BY LEVEL",
                            " ".repeat(errorLog.toString().length() - "ERROR LOG".length())),
                    String.format("www.example.org  %s  error 1", errorLog)), rows);
            assertEquals("one\ntwo\nthree\n2026/11/21 10:00:00 [error] 1#0: oops\n", ledger.storedOfSite(SITE));
            assertEquals(new CommandRun(1, "", "hitstream-agent: interrupted\n"), run.stop());
        }
    }

    @Test
    void secondAgentWithTheSameStateFileIsRefused() throws Exception {
        Files.writeString(log, "one\n");
        try (BackgroundRun first = new BackgroundRun("run", "--config", config.toString())) {
            awaitUntil(() -> ledger.storedOfSite(SITE).equals("one\n"));

            CommandRun second = CommandRun.of("run", "--config", config.toString());

            Path state = dir.resolve("state/state.json");
            assertEquals(new CommandRun(1, "", "hitstream-agent: another agent runs with the state file " + state
                    + " (it locks " + state + ".lock)\n"), second);
            first.stop();
        }
    }

    @Test
    void misspeltSettingEndsTheRunWithStatusOneNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "stream:\n  - { site: a, access-log: a.log }\n");

        CommandRun run = CommandRun.of("run", "--config", bad.toString());

        assertEquals(new CommandRun(1, "", "hitstream-agent: " + bad + " (stream): unknown key 'stream'\n"), run);
    }

    @Test
    void statusBeforeAnyRunSaysThereIsNone() {
        CommandRun status = CommandRun.of("status", "--config", config.toString());

        assertEquals(new CommandRun(1, "", "hitstream-agent: " + dir.resolve("state/state.status.json")
                + ": no status yet; has the agent run with this configuration?\n"), status);
    }

    private boolean caughtUp(StatusFile statusFile) {
        try {
            StreamStatus stream = statusFile.read().streams().get(0);
            StreamStatus errorLog = statusFile.read().streams().get(1);
            return stream.linesAcknowledged() == 3 && stream.lagBytes() == 0 && stream.lagSeconds() == 0
                    && Long.valueOf(1).equals(stream.errorLines().get("error"))
                    && errorLog.linesAcknowledged() == 1 && errorLog.lagBytes() == 0 && errorLog.lagSeconds() == 0;
        } catch (IOException notWrittenYet) {
            return false;
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(10);
        }
    }
}
