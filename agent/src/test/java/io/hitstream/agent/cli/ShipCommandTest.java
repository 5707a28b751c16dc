package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShipCommandTest {

    @TempDir
    Path dir;

    private LoopbackIngestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackIngestServer();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void printsOneSummaryLinePerFileAndExitsZero() throws IOException {
        Path first = Files.writeString(dir.resolve("a.log"), "one\ntwo\njunk\n");
        Path second = Files.writeString(dir.resolve("b.log"), "three\n");

        CommandRun run = ship("--format", "combined", first.toString(), second.toString());

        assertEquals(new CommandRun(0,
                first + ": 3 lines, 13 bytes, 2 accepted, 1 rejected, 0 already committed\n"
                        + second + ": 1 lines, 6 bytes, 1 accepted, 0 rejected, 0 already committed\n", ""), run);
    }

    @Test
    void shippingAgainReportsEveryLineAlreadyCommitted() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\ntwo\n");
        ship("--format", "combined", file.toString());

        CommandRun again = ship("--format", "combined", file.toString());

        assertEquals(new CommandRun(0, file + ": 2 lines, 8 bytes, 0 accepted, 0 rejected, 2 already committed\n", ""),
                again);
    }

    @Test
    void finalLineWithoutNewlineIsReportedOnStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\ntw");

        CommandRun run = ship("--format", "combined", file.toString());

        assertEquals(new CommandRun(0, file + ": 1 lines, 4 bytes, 1 accepted, 0 rejected, 0 already committed\n",
                "hitstream-agent: " + file + ": the last line has no newline yet; its 2 bytes were not shipped\n"), run);
    }

    @Test
    void unknownFormatExitsOneWithTheServersReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = ship("--format", "nope", file.toString());

        assertEquals(new CommandRun(1, "",
                "hitstream-agent: ingest refused " + file + ": INVALID_ARGUMENT: unknown format: nope\n"), run);
    }

    @Test
    void unreachableServerWithoutRetriesExitsOneWithAOneLineReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        String nobody = "127.0.0.1:" + freePort();

        CommandRun run = CommandRun.of("ship", "--site", "www.example.org", "--format", "combined", "--server", nobody,
                "--retry-for", "0s", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("hitstream-agent: cannot reach ingest at " + nobody + ": "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void unreachableServerIsTriedAgainWithEachTrySaidUntilRetryForEnds() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        String nobody = "127.0.0.1:" + freePort();

        CommandRun run = CommandRun.of("ship", "--site", "www.example.org", "--format", "combined", "--server", nobody,
                "--retry-for", "2s", file.toString());

        assertEquals(1, run.exitCode());
        List<String> said = run.err().lines().toList();
        assertTrue(said.size() >= 2, run.err());
        for (String retry : said.subList(0, said.size() - 1)) {
            assertTrue(retry.startsWith("hitstream-agent: cannot reach ingest at " + nobody + ": "), retry);
            assertTrue(retry.matches(".*; trying again in \\d+\\.\\d s"), retry);
        }
        String last = said.get(said.size() - 1);
        assertTrue(last.startsWith("hitstream-agent: cannot reach ingest at " + nobody + ": "), last);
        assertTrue(!last.contains("trying again"), last);
    }

    @Test
    void negativeRetryForIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = ship("--format", "combined", "--retry-for", "PT-1S", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--retry-for must not be negative, got PT-1S\n"), run.err());
    }

    @Test
    void missingFileExitsOne() {
        Path missing = dir.resolve("missing.log");

        CommandRun run = ship("--format", "combined", missing.toString());

        assertEquals(new CommandRun(1, "", "hitstream-agent: " + missing + ": no such file\n"), run);
    }

    @Test
    void missingSiteIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = CommandRun.of("ship", "--format", "combined", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing required option: '--site=SITE'\n"), run.err());
    }

    @Test
    void nonPositiveWindowIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = ship("--format", "combined", "--window", "0", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--window must be between 1 and 2147483647, got 0\n"), run.err());
    }

    @Test
    void malformedServerAddressIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = CommandRun.of("ship", "--site", "s", "--format", "combined", "--server", "nocolon",
                file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--server': expected host:port, got 'nocolon'"),
                run.err());
    }

    @Test
    void followKeepsShippingLinesWrittenAfterTheFirstPass() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\ntwo\n");
        try (BackgroundRun run = new BackgroundRun(shipArguments("--format", "combined", "--follow", file.toString()))) {
            // The first pass handshakes once; the follower that takes over, a second time.
            awaitUntil(() -> server.service().handshakes() == 2);
            Files.writeString(file, "three\n", StandardOpenOption.APPEND);
            awaitUntil(() -> server.service().storedOfSite("www.example.org").equals("one\ntwo\nthree\n"));

            assertEquals(new CommandRun(1, file + ": 2 lines, 8 bytes, 2 accepted, 0 rejected, 0 already committed\n",
                    "hitstream-agent: interrupted\n"), run.stop());
        }
    }

    @Test
    void tokenIsSentToAServerThatRequiresIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        Path tokenFile = Files.writeString(dir.resolve("token"), "tok-123\n");
        try (LoopbackIngestServer guarded = guardedServer("tok-123")) {
            CommandRun byOption = shipTo(guarded, "--token", "tok-123", file.toString());
            CommandRun byFile = shipTo(guarded, "--token-file", tokenFile.toString(), file.toString());

            assertEquals(new CommandRun(0, file + ": 1 lines, 4 bytes, 1 accepted, 0 rejected, 0 already committed\n", ""), byOption);
            assertEquals(new CommandRun(0, file + ": 1 lines, 4 bytes, 0 accepted, 0 rejected, 1 already committed\n", ""), byFile);
        }
    }

    @Test
    void missingTokenExitsOneWithTheServersRefusal() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        try (LoopbackIngestServer guarded = guardedServer("tok-123")) {
            CommandRun run = shipTo(guarded, file.toString());

            assertEquals(new CommandRun(1, "",
                    "hitstream-agent: ingest refused " + file + ": UNAUTHENTICATED: missing or unknown bearer token\n"), run);
        }
    }

    @Test
    void tokenAndTokenFileTogetherAreAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");

        CommandRun run = ship("--format", "combined", "--token", "a", "--token-file", file.toString(), file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--token and --token-file exclude each other\n"), run.err());
    }

    private static LoopbackIngestServer guardedServer(String token) throws IOException {
        return new LoopbackIngestServer(new LedgerIngestService(), 0, Optional.empty(), Optional.of(token));
    }

    private static CommandRun shipTo(LoopbackIngestServer target, String... args) {
        List<String> full = new ArrayList<>(List.of("ship", "--site", "www.example.org", "--host", "web-01",
                "--format", "combined", "--server", target.address().toString()));
        full.addAll(List.of(args));
        return CommandRun.of(full.toArray(String[]::new));
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

    /** Runs {@code ship} against the test server as site www.example.org from host web-01. */
    private CommandRun ship(String... args) {
        return CommandRun.of(shipArguments(args));
    }

    private String[] shipArguments(String... args) {
        List<String> full = new ArrayList<>(List.of("ship", "--site", "www.example.org", "--host", "web-01",
                "--server", server.address().toString()));
        full.addAll(List.of(args));
        return full.toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
