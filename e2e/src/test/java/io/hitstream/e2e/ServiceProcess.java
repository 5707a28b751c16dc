package io.hitstream.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service run as a process on one loopback address and port, its output appended to
 * {@code <logName>.log}: started, asked whether it is ready, stopped with SIGTERM or killed with SIGKILL.
 */
final class ServiceProcess {
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path jar;
    private final Path log;
    private final String address;
    private final int port;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    /** {@code service} is "ingest", "stats", ...; the environment is the process's besides the test's own. */
    ServiceProcess(Path root, String service, Path log, String address, int port, Map<String, String> environment) {
        this.jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not packaged: " + jar);
        }
        this.log = log;
        this.address = address;
        this.port = port;
        this.environment = Map.copyOf(environment);
    }

    int port() {
        return port;
    }

    /** Starts the process without waiting for it. */
    void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Java.executable(), "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until the service says it is ready; fails after {@link #READY_WITHIN}, naming its log. */
    void awaitReady() throws InterruptedException {
        URI ready = URI.create("http://" + address + ":" + port + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_WITHIN);
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
        throw new IllegalStateException(jar.getFileName() + " at " + address + ":" + port + " not ready within "
                + READY_WITHIN + "; see " + log);
    }

    /** The service's Prometheus metrics, as text. */
    String metrics() throws IOException, InterruptedException {
        URI metrics = URI.create("http://" + address + ":" + port + "/q/metrics");
        return http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks the process to stop (SIGTERM) and returns its exit status; fails if it is still running after {@code wait}. */
    int terminate(Duration wait) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(jar.getFileName() + " still running " + wait + " after SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** SIGTERM, then SIGKILL if it has not ended within {@code wait}; for cleaning up. */
    void stop(Duration wait) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
