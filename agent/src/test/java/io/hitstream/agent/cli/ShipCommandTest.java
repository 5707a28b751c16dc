package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.ship.LoopbackIngestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void unreachableServerExitsOneWithAOneLineReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        String nobody = "127.0.0.1:" + freePort();

        CommandRun run = CommandRun.of("ship", "--site", "www.example.org", "--format", "combined", "--server", nobody,
                file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("hitstream-agent: cannot reach ingest at " + nobody + ": "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
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

    /** Runs {@code ship} against the test server as site www.example.org from host web-01. */
    private CommandRun ship(String... args) {
        List<String> full = new ArrayList<>(List.of("ship", "--site", "www.example.org", "--host", "web-01",
                "--server", server.address().toString()));
        full.addAll(List.of(args));
        return CommandRun.of(full.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
