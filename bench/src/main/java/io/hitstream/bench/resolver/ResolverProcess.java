package io.hitstream.bench.resolver;

import io.hitstream.bench.LocalProcesses;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The packaged resolver-service as a process of its own, on a free port, against a given database, with a DNS
 * server that never answers: whatever it answers comes from its cache.
 */
final class ResolverProcess implements AutoCloseable {
    private static final Path JAR = ProjectRoot.locate().resolve("resolver-service/target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_LIMIT = Duration.ofMinutes(3);

    private final DatagramSocket silentDns;
    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    ResolverProcess(SeededResolverDatabase database, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("not packaged: " + JAR.toAbsolutePath() + " (./hitstream bench builds it)");
        }
        this.silentDns = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        this.port = LocalProcesses.freePort();
        ProcessBuilder builder = new ProcessBuilder(LocalProcesses.java(), "-Xmx1g", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HITSTREAM_RESOLVER_PORT", String.valueOf(port));
        builder.environment().put("HITSTREAM_RESOLVER_DNS_SERVERS", "127.0.0.1:" + silentDns.getLocalPort());
        builder.environment().put("HITSTREAM_DB_HOST", database.server().host());
        builder.environment().put("HITSTREAM_DB_PORT", String.valueOf(database.server().port()));
        builder.environment().put("HITSTREAM_DB_USER", database.server().user());
        builder.environment().put("HITSTREAM_DB_PASSWORD", database.server().password());
        builder.environment().put("HITSTREAM_DB_NAME", database.name());
        this.process = builder.start();
        awaitReady(log);
    }

    int port() {
        return port;
    }

    /** The value of an untagged sample on the service's /q/metrics page. */
    double metric(String name) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return page.lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no metric " + name));
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        if (!LocalProcesses.awaitReady(port, process, READY_LIMIT)) {
            close();
            throw new IllegalStateException("resolver not ready within " + READY_LIMIT + ":\n" + Files.readString(log));
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        silentDns.close();
    }

}
