package io.hitstream.bench.e2e;

import io.hitstream.bench.LocalProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services started as {@code ./hitstream demo} starts them ({@code java -jar} with the launcher's
 * JVM options, the same variables), on free ports and the benchmark's database. The resolver keeps its default of
 * leaving private and reserved addresses alone, which every generated client is, and its DNS servers point at a
 * loopback port where nothing listens: no query leaves the machine and no DNS wait is timed, as GoAccess and AWStats
 * resolve nothing.
 */
final class PackagedServices implements AutoCloseable {
    static final List<String> SERVICES = List.of("resolver", "stats", "ingest", "report");
    /** The JVM options the launcher starts the services with (its HITSTREAM_JAVA_OPTS, which it sets). */
    private static final List<String> JAVA_OPTIONS = LocalProcesses.javaOptions("HITSTREAM_JAVA_OPTS");

    private final Path root;
    private final Path logDir;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    /** Ctrl-C of the harness stops the services too; a finished run removes it. */
    private final Thread stopOnExit = new Thread(() -> processes.values().forEach(Process::destroy));

    private final String reportPassword;

    PackagedServices(Path root, Path logDir, String database, String token) throws IOException {
        this.root = root;
        this.logDir = Files.createDirectories(logDir);
        for (String service : SERVICES) {
            ports.put(service, LocalProcesses.freePort());
            environment.put("HITSTREAM_" + service.toUpperCase() + "_PORT", String.valueOf(ports.get(service)));
        }
        environment.put("HITSTREAM_DB_NAME", database);
        environment.put("HITSTREAM_INGEST_AUTH_TOKEN", token);
        environment.put("HITSTREAM_INGEST_AUTH_TOKEN_SITES", "*");
        // Reports are private: the harness reads them as the built-in admin, with the run's token as its password.
        environment.put("HITSTREAM_REPORT_ADMIN_PASSWORD", token);
        this.reportPassword = token;
        environment.put("HITSTREAM_RESOLVER_DNS_SERVERS", "127.0.0.1:" + LocalProcesses.freePort());
    }

    /** A client of the report's JSON API, signed in as the admin. */
    ReportClient report() {
        return new ReportClient(port("report"), reportPassword);
    }

    int port(String service) {
        return ports.get(service);
    }

    long pid(String service) {
        return processes.get(service).pid();
    }

    void start() throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        for (String service : SERVICES) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            List<String> command = new ArrayList<>(List.of(LocalProcesses.java()));
            command.addAll(JAVA_OPTIONS);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(service + ".log").toFile()));
            builder.environment().putAll(environment);
            processes.put(service, builder.start());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    /** CPU seconds so far and peak RSS of each service, in {@link #SERVICES} order. */
    List<Measurement> measure() {
        return SERVICES.stream().map(s -> new Measurement(s, ProcessMeter.cpuSeconds(pid(s)),
                ProcessMeter.peakRssKib(pid(s)))).toList();
    }

    private void awaitReady(String service) throws InterruptedException {
        if (!LocalProcesses.awaitReady(port(service), processes.get(service), Duration.ofMinutes(3))) {
            throw new IllegalStateException(service + " not ready; see " + logDir.resolve(service + ".log"));
        }
    }

    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
