package io.hitstream.ingest.peer;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two stats instances on one port of two loopback addresses, 127.0.0.1 and 127.0.0.2, behind the name
 * {@value #NAME} — like the pods of a headless Service. The JVM resolves names from the hosts file named by
 * {@code jdk.net.hosts.file} (set by the pom), which {@link #nameAlso(String)} extends while ingest runs.
 */
public class StatsPool implements QuarkusTestResourceLifecycleManager {
    static final String NAME = "stats.pool.test";
    static final String FIRST = "127.0.0.1";
    static final String SECOND = "127.0.0.2";

    private final CountingStats first = new CountingStats();
    private final CountingStats second = new CountingStats();
    private List<Server> servers = List.of();

    @Override
    public Map<String, String> start() {
        writeHosts("127.0.0.1 localhost\n" + FIRST + " " + NAME + "\n");
        Server firstServer = serve(FIRST, 0, first);
        servers = List.of(firstServer, serve(SECOND, firstServer.getPort(), second));
        String port = String.valueOf(firstServer.getPort());
        return Map.of(
                "quarkus.grpc.clients.stats.host", NAME,
                "quarkus.grpc.clients.stats.port", port,
                "quarkus.grpc.clients.stats.test-port", port,
                "hitstream.ingest.peer-refresh-interval", "1s",
                "hitstream.ingest.auth.required", "false");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(StatsPool.class));
    }

    @Override
    public void stop() {
        for (Server server : servers) {
            server.shutdownNow();
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    CountingStats first() {
        return first;
    }

    CountingStats second() {
        return second;
    }

    /** Adds an address to the name, as when a stats pod becomes ready. */
    void nameAlso(String address) {
        try {
            Files.writeString(hostsFile(), address + " " + NAME + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHosts(String lines) {
        try {
            Files.writeString(hostsFile(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path hostsFile() {
        return Path.of(System.getProperty("jdk.net.hosts.file"));
    }

    private static Server serve(String address, int port, CountingStats stats) {
        try {
            return NettyServerBuilder.forAddress(new InetSocketAddress(address, port))
                    .addService(stats)
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
