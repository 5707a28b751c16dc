package io.hitstream.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real dnsmasq on a free loopback UDP port, answering PTR queries for the given host records and NXDOMAIN for
 * every other reverse name; it logs each query, so tests can count what reached DNS.
 */
public final class Dnsmasq implements AutoCloseable {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/dnsmasq"), Path.of("/usr/bin/dnsmasq"));
    private static final Duration START_LIMIT = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final int port;

    private Dnsmasq(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts dnsmasq with one PTR (and A/AAAA) record per entry of {@code hosts}: address to host name. */
    public static Dnsmasq start(Map<String, String> hosts) throws IOException, InterruptedException {
        IOException lastFailure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return tryStart(hosts, freeUdpPort());
            } catch (IOException portTaken) {
                lastFailure = portTaken;
            }
        }
        throw lastFailure;
    }

    private static Dnsmasq tryStart(Map<String, String> hosts, int port) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("hs-dnsmasq");
        Path log = dir.resolve("queries.log");
        Files.createFile(log);
        // dnsmasq drops root privileges to user "dnsmasq" before logging: let it write the log.
        dir.toFile().setWritable(true, false);
        log.toFile().setWritable(true, false);
        List<String> command = new ArrayList<>(List.of(executable().toString(),
                "--port=" + port, "--listen-address=127.0.0.1", "--bind-interfaces",
                "--no-resolv", "--no-hosts", "--conf-file=/dev/null", "--keep-in-foreground", "--pid-file",
                "--local=/in-addr.arpa/", "--local=/ip6.arpa/",
                "--log-queries", "--log-facility=" + log));
        hosts.forEach((address, name) -> command.add("--host-record=" + name + "," + address));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("dnsmasq.out").toFile())
                .start();
        Dnsmasq dnsmasq = new Dnsmasq(process, log, port);
        dnsmasq.awaitStarted(dir.resolve("dnsmasq.out"));
        return dnsmasq;
    }

    private void awaitStarted(Path output) throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IOException("dnsmasq exited: " + Files.readString(output) + Files.readString(log));
            }
            if (Files.readString(log).contains("started")) {
                return;
            }
            Thread.sleep(20);
        }
        close();
        throw new IllegalStateException("dnsmasq did not start within " + START_LIMIT);
    }

    /** The server as the resolver's configuration writes it. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    /** PTR queries dnsmasq has received so far for the reverse name {@code name}. */
    public long queriesFor(String name) throws IOException {
        String marker = "query[PTR] " + name + " from";
        return Files.readAllLines(log).stream().filter(line -> line.contains(marker)).count();
    }

    /** PTR queries dnsmasq has received so far, for any name. */
    public long queries() throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("query[PTR]")).count();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path executable() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "dnsmasq not installed: apt-get install dnsmasq (./hitstream test installs it)"));
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            return socket.getLocalPort();
        }
    }
}
