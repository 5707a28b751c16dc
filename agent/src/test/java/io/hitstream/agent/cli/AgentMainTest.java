package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program as Quarkus runs it: exit status and the exact output, with the application's own configuration. */
@QuarkusMainTest
class AgentMainTest {

    @TempDir
    Path dir;

    @Test
    void unreachableServerWithoutRetriesEndsTheProgramWithStatusOneAndOneLineOnStderr(QuarkusMainLauncher launcher) throws IOException {
        Path file = Files.writeString(dir.resolve("access.log"), "one\n");
        String nobody = "127.0.0.1:" + freePort();

        LaunchResult result = launcher.launch("ship", "--site", "www.example.org", "--format", "combined",
                "--server", nobody, "--retry-for", "0s", file.toString());

        assertEquals(1, result.exitCode());
        assertEquals("", result.getOutput());
        assertTrue(result.getErrorOutput().startsWith("hitstream-agent: cannot reach ingest at " + nobody + ": "),
                result.getErrorOutput());
        assertEquals(1, result.getErrorStream().size(), result.getErrorOutput());
    }

    @Test
    void generateWritesTheSampleAndExitsZero(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("generate", "--out", dir.toString(), "--lines", "100",
                "--sites", "www.example.org");

        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertEquals(dir.resolve("www.example.org.access.log") + ": 100 lines\n"
                + dir.resolve("clients.hosts") + ": 790 client names", result.getOutput());
    }

    @Test
    void noCommandIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();

        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().startsWith("Missing a command: run, ship, status or generate"), result.getErrorOutput());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
