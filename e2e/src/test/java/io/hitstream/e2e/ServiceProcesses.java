package io.hitstream.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services started as separate processes on free ports, against one database; a test can kill
 * one (SIGKILL, as a crash) and start it again on the same port.
 */
final class ServiceProcesses implements AutoCloseable {
    static final List<String> SERVICES = List.of("resolver", "stats", "ingest", "report");

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    ServiceProcesses(Path root, Path logDir, Map<String, String> databaseEnvironment) throws IOException {
        Files.createDirectories(logDir);
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String service : SERVICES) {
            ports.put(service, freePort());
            environment.put("HITSTREAM_" + service.toUpperCase() + "_PORT", String.valueOf(ports.get(service)));
        }
        environment.putAll(databaseEnvironment);
        for (String service : SERVICES) {
            processes.put(service, new ServiceProcess(root, service, logDir.resolve(service + ".log"), "127.0.0.1",
                    ports.get(service), environment));
        }
    }

    int port(String service) {
        return processes.get(service).port();
    }

    /** Starts every service, then waits until each says it is ready. */
    void start() throws IOException, InterruptedException {
        for (ServiceProcess process : processes.values()) {
            process.launch();
        }
        for (ServiceProcess process : processes.values()) {
            process.awaitReady();
        }
    }

    /** Kills the service at once (SIGKILL): no shutdown hook runs, nothing is flushed, as in a crash. */
    void kill(String service) throws InterruptedException {
        processes.get(service).kill();
    }

    /** Starts a killed service again, on its port, and waits until it says it is ready. */
    void restart(String service) throws IOException, InterruptedException {
        processes.get(service).launch();
        processes.get(service).awaitReady();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess process : processes.values()) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
