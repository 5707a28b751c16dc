package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.testing.PostgresServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest and two stats instances on one machine, as the pods of a Deployment behind a headless Service: each
 * pair listens on one port of 127.0.0.1 and 127.0.0.2, and one name resolves to both addresses. The names live in a
 * hosts file every JVM reads (-Djdk.net.hosts.file through JAVA_TOOL_OPTIONS), which is where gRPC's dns:///
 * resolver gets its addresses from, as it would from cluster DNS. Ingest balances its commits over both stats
 * (round_robin); the one agent ships one log through the ingest name (pick_first: one connection, the next address
 * when it breaks). Mid-stream one stats is stopped with SIGTERM and the ingest the agent ships to is killed with
 * SIGKILL; the agent goes on through the other. Nothing is lost or doubled, and at the end the other ingest, the
 * agent's stream still open, stops on SIGTERM with status 0 too.
 */
class ReplicasEndToEndIT {
    private static final String SITE = "replicas.e2e.example.org";
    private static final String STATS_NAME = "stats.replicas.test";
    private static final String INGEST_NAME = "ingest.replicas.test";
    private static final String FIRST = "127.0.0.1";
    private static final String SECOND = "127.0.0.2";
    private static final Duration FEEDING = Duration.ofSeconds(30);
    private static final Duration SETTLING = Duration.ofMinutes(3);
    /** Longer than the drain can take (the shutdown timeout, 30 s), so that a hang fails rather than passes. */
    private static final Duration STOPPING = Duration.ofSeconds(45);
    private static final Pattern COMMITTED = Pattern.compile(
            "^hitstream_stats_commits_total\\{[^}]*status=\"committed\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern SHIP_MESSAGES = Pattern.compile(
            "^grpc_server_requests_received_messages_total\\{[^}]*method=\"Ship\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final List<ServiceProcess> services = new ArrayList<>();
    private String database;
    private Process agent;

    @AfterEach
    void stopEverything() throws Exception {
        if (agent != null) {
            agent.destroyForcibly().waitFor();
        }
        for (ServiceProcess service : services) {
            service.stop(Duration.ofSeconds(20));
        }
        if (database != null) {
            postgres.dropDatabase(database);
        }
    }

    @Test
    void statsStoppedAndIngestKilledMidStreamEndWithExactTotalsAfterBothStatsCommitted(@TempDir Path work)
            throws Exception {
        database = postgres.createDatabase("e2e_replicas");
        Path logs = Files.createDirectories(Pipeline.ROOT.resolve("e2e/target/e2e-logs/e2e_replicas"));
        Path hosts = Files.writeString(logs.resolve("hosts"), String.join("\n",
                FIRST + " localhost", FIRST + " " + STATS_NAME, SECOND + " " + STATS_NAME,
                FIRST + " " + INGEST_NAME, SECOND + " " + INGEST_NAME, ""));
        String token = UUID.randomUUID().toString();
        Map<String, String> shared = new HashMap<>(Pipeline.databaseEnvironment(postgres, database));
        shared.putAll(Map.of(
                "JAVA_TOOL_OPTIONS", "-Djdk.net.hosts.file=" + hosts,
                "HITSTREAM_INGEST_AUTH_TOKEN", token,
                "HITSTREAM_INGEST_AUTH_TOKEN_SITES", "*"));
        int resolverPort = freePortOn(FIRST);
        int statsPort = freePortOn(FIRST, SECOND);
        int ingestPort = freePortOn(FIRST, SECOND);
        shared.putAll(Map.of(
                "HITSTREAM_RESOLVER_HOST", FIRST,
                "HITSTREAM_RESOLVER_PORT", String.valueOf(resolverPort),
                "HITSTREAM_STATS_HOST", STATS_NAME,
                "HITSTREAM_STATS_PORT", String.valueOf(statsPort),
                "HITSTREAM_INGEST_PORT", String.valueOf(ingestPort)));
        ServiceProcess resolver = service("resolver", "resolver", FIRST, resolverPort, shared, logs);
        ServiceProcess statsA = service("stats", "stats-a", FIRST, statsPort, shared, logs);
        ServiceProcess statsB = service("stats", "stats-b", SECOND, statsPort, shared, logs);
        statsA.launch();
        statsA.awaitReady();
        // After the first, which migrates the schema alone.
        for (ServiceProcess service : List.of(statsB, resolver)) {
            service.launch();
        }
        statsB.awaitReady();
        resolver.awaitReady();
        ServiceProcess ingestA = service("ingest", "ingest-a", FIRST, ingestPort, shared, logs);
        ServiceProcess ingestB = service("ingest", "ingest-b", SECOND, ingestPort, shared, logs);
        ingestA.launch();
        ingestB.launch();
        ingestA.awaitReady();
        ingestB.awaitReady();

        Path sample = generate(work);
        ReferenceCounts expected = ReferenceCounts.of(sample);
        Path live = work.resolve("access.log");
        Path config = Files.writeString(work.resolve("agent.yaml"), """
                ingest:
                  servers: [ "%s:%d" ]
                batch: { lines: 200, linger: 50ms, window: 4 }
                follow: { poll-interval: 50ms, rotation-grace: 500ms }
                retry: { initial-backoff: 100ms, max-backoff: 1s }
                state-file: state/state.json
                status-interval: 200ms
                streams:
                  - { site: %s, host: e2e-host, format: combined, access-log: access.log }
                """.formatted(INGEST_NAME, ingestPort, SITE));
        Map<String, String> agentEnvironment = Map.of("JAVA_TOOL_OPTIONS", shared.get("JAVA_TOOL_OPTIONS"),
                "HITSTREAM_AGENT_TOKEN", token);
        agent = new AgentProcess(Pipeline.ROOT, agentEnvironment).start(logs.resolve("agent.log"), "run",
                "--config", config.toString());
        int statsBExit;
        double shipMessagesOnA;
        double shipMessagesOnBBeforeKill;
        try (LogFeeder feeder = LogFeeder.start(sample, live, FEEDING)) {
            feeder.awaitShare(0.2);
            awaitCommitsOnBoth(statsA, statsB);
            statsBExit = statsB.terminate(STOPPING);
            feeder.awaitShare(0.5);
            shipMessagesOnA = counter(ingestA, SHIP_MESSAGES);
            shipMessagesOnBBeforeKill = counter(ingestB, SHIP_MESSAGES);
            ingestA.kill();
        }
        List<Long> fileSizes = List.of(Files.size(live.resolveSibling("access.log.1")), Files.size(live));
        awaitCommitted(expected.hits + expected.rejected, fileSizes.get(0) + fileSizes.get(1));
        double shipMessagesOnBAtEnd = counter(ingestB, SHIP_MESSAGES);
        int ingestBExit = ingestB.terminate(STOPPING);

        assertEquals(0, statsBExit, "exit status of the stats stopped with SIGTERM");
        assertEquals(0, ingestBExit, "exit status of the ingest stopped with SIGTERM, the agent's stream open");
        assertTrue(shipMessagesOnA > 0, "the agent shipped through the first ingest before it was killed");
        assertTrue(shipMessagesOnBAtEnd > shipMessagesOnBBeforeKill,
                "the agent went on through the other ingest");
        assertEquals(List.of(expected.hits, expected.bytes, expected.rejected), totals(),
                "hits, bytes and rejected lines in PostgreSQL");
        assertEquals(fileSizes.stream().sorted().toList(), committedOffsets().stream().sorted().toList(),
                "committed offsets of the rotated and the live file");
    }

    private ServiceProcess service(String service, String name, String address, int port, Map<String, String> shared,
                                   Path logs) {
        Map<String, String> environment = new HashMap<>(shared);
        environment.put("QUARKUS_HTTP_HOST", address);
        ServiceProcess process = new ServiceProcess(Pipeline.ROOT, service, logs.resolve(name + ".log"), address,
                port, environment);
        services.add(process);
        return process;
    }

    private static Path generate(Path work) throws Exception {
        AgentProcess.Result generated = new AgentProcess(Pipeline.ROOT).run("generate", "--out",
                work.resolve("sample").toString(), "--lines", "100000", "--days", "2", "--seed", "415",
                "--sites", SITE);
        assertEquals(0, generated.exitCode(), generated.stderr());
        return work.resolve("sample").resolve(SITE + ".access.log");
    }

    /** Waits until both stats committed batches: ingest's round_robin reached both. */
    private static void awaitCommitsOnBoth(ServiceProcess statsA, ServiceProcess statsB) throws Exception {
        Instant deadline = Instant.now().plus(SETTLING);
        while (counter(statsA, COMMITTED) == 0 || counter(statsB, COMMITTED) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("commits were not spread over both stats: " + counter(statsA, COMMITTED)
                        + " and " + counter(statsB, COMMITTED));
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the site's committed offsets add up to {@code bytes} and its lines are all counted. */
    private void awaitCommitted(long lines, long bytes) throws Exception {
        Instant deadline = Instant.now().plus(SETTLING);
        while (Instant.now().isBefore(deadline)) {
            long committed = committedOffsets().stream().mapToLong(Long::longValue).sum();
            List<Long> totals = totals();
            if (committed == bytes && totals.get(0) + totals.get(2) == lines) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static double counter(ServiceProcess service, Pattern metric) throws IOException, InterruptedException {
        Matcher matcher = metric.matcher(service.metrics());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    /** Hits, bytes and rejected lines of the site as stats stored them. */
    private List<Long> totals() throws SQLException {
        return List.of(
                siteValues("SELECT coalesce(sum(hits), 0) FROM hourly_totals WHERE site = ?").get(0),
                siteValues("SELECT coalesce(sum(bytes), 0) FROM hourly_totals WHERE site = ?").get(0),
                siteValues("SELECT coalesce(sum(lines), 0) FROM rejections WHERE site = ?").get(0));
    }

    /** The committed offset of each of the site's files. */
    private List<Long> committedOffsets() throws SQLException {
        return siteValues("SELECT committed_offset FROM stream_ledger WHERE site = ?");
    }

    /** The numbers a query of one column answers for the site. */
    private List<Long> siteValues(String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, SITE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }

    /** A port free on every one of the loopback addresses, so that two instances can each bind it on one. */
    private static int freePortOn(String... addresses) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getByName(addresses[0]))) {
                port = first.getLocalPort();
            }
            if (freeOnAll(port, addresses)) {
                return port;
            }
        }
        throw new IllegalStateException("no port free on every one of " + List.of(addresses));
    }

    private static boolean freeOnAll(int port, String... addresses) {
        List<ServerSocket> bound = new ArrayList<>();
        try {
            for (String address : addresses) {
                ServerSocket socket = new ServerSocket();
                bound.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            }
            return true;
        } catch (IOException taken) {
            return false;
        } finally {
            for (ServerSocket socket : bound) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a probe socket; nothing to do.
                }
            }
        }
    }
}
