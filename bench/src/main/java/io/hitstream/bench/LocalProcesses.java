package io.hitstream.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the benchmarks need to run packaged services as local processes: the JDK, free ports, readiness. */
public final class LocalProcesses {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalProcesses() {
    }

    /** The java binary running the benchmark, so the services run on the same JDK. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JVM options an environment variable holds, as the launcher passes them (split at white space). */
    public static List<String> javaOptions(String variable) {
        return Arrays.stream(System.getenv().getOrDefault(variable, "").split("\\s+")).filter(o -> !o.isEmpty())
                .toList();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether the Quarkus service on this port said it is ready ({@code /q/health/ready}) before the limit. */
    public static boolean awaitReady(int port, Process process, Duration limit) throws InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // Still starting: poll again.
            }
            Thread.sleep(200);
        }
        return false;
    }
}
