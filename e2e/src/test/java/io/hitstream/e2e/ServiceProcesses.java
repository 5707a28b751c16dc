package io.hitstream.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services started as separate processes on free ports, against one database; a test can kill
 * one (SIGKILL, as a crash) and start it again on the same port.
 */
final class ServiceProcesses implements AutoCloseable {
    static final List<String> SERVICES = List.of("resolver", "stats", "ingest", "report");

    private final Path root;
    private final Path logDir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    ServiceProcesses(Path root, Path logDir, Map<String, String> databaseEnvironment) throws IOException {
        this.root = root;
        this.logDir = Files.createDirectories(logDir);
        for (String service : SERVICES) {
            ports.put(service, freePort());
            environment.put("HITSTREAM_" + service.toUpperCase() + "_PORT", String.valueOf(ports.get(service)));
        }
        environment.putAll(databaseEnvironment);
    }

    int port(String service) {
        return ports.get(service);
    }

    /** Starts every service, then waits until each says it is ready. */
    void start() throws IOException, InterruptedException {
        for (String service : SERVICES) {
            processes.put(service, launch(service));
        }
        for (String service : SERVICES) {
            awaitReady(service, Duration.ofSeconds(90));
        }
    }

    /** Kills the service at once (SIGKILL): no shutdown hook runs, nothing is flushed, as in a crash. */
    void kill(String service) throws InterruptedException {
        Process process = processes.get(service);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service again, on its port, and waits until it says it is ready. */
    void restart(String service) throws IOException, InterruptedException {
        processes.put(service, launch(service));
        awaitReady(service, Duration.ofSeconds(90));
    }

    private Process launch(String service) throws IOException {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not packaged: " + jar);
        }
        ProcessBuilder builder = new ProcessBuilder(Java.executable(), "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(service + ".log").toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void awaitReady(String service, Duration timeout) throws InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + port(service) + "/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The process is still starting; poll again.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " not ready within " + timeout + "; see " + logDir.resolve(service + ".log"));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
