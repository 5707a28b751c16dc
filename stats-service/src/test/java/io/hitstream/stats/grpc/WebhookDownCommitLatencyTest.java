package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.daily;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.stats.service.WebhookSender;
import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commits while the webhook job calls a webhook that answers, one that hangs (a socket that never answers: each
 * call waits the 2-second timeout) and one that refuses the connection, side by side in rounds, in one run. It
 * prints each case's commit latencies (bench/RESULTS.md records them) and asserts no timing: only that every
 * commit is committed and that each call of the failing webhooks is stored as failed, to be retried.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class WebhookDownCommitLatencyTest {
    private static final int ROUNDS = 3;
    private static final int COMMITS_PER_ROUND = 30;
    /** Calls queued per round: at the 2-second timeout, a hanging webhook keeps the job busy ten seconds. */
    private static final int CALLS_PER_ROUND = 5;

    @TestHTTPResource("/")
    URL root;

    @Inject
    WebhookSender sender;

    @Test
    void commitsWhileTheWebhookAnswersHangsOrRefuses() throws Exception {
        HttpServer answering = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answering.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        answering.start();
        // Never accepted: the kernel completes the connection, and nothing ever answers.
        try (ServerSocket hanging = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> webhooks = new LinkedHashMap<>();
            webhooks.put("answering", "http://127.0.0.1:" + answering.getAddress().getPort() + "/hook");
            webhooks.put("hanging", "http://127.0.0.1:" + hanging.getLocalPort() + "/hook");
            webhooks.put("refusing", "http://127.0.0.1:" + closedPort() + "/hook");
            Map<String, List<Long>> latencies = new LinkedHashMap<>();
            webhooks.keySet().forEach(name -> latencies.put(name, new ArrayList<>()));
            // Round 0 warms the JVM, the pools and the tables up and is not counted.
            for (int round = 0; round <= ROUNDS; round++) {
                for (Map.Entry<String, String> webhook : webhooks.entrySet()) {
                    List<Long> commits = commitWhileSending(webhook.getKey(), round, webhook.getValue());
                    if (round > 0) {
                        latencies.get(webhook.getKey()).addAll(commits);
                    }
                }
            }
            latencies.forEach(WebhookDownCommitLatencyTest::print);

            int queued = (ROUNDS + 1) * CALLS_PER_ROUND;
            assertEquals(List.of("answering|" + queued + "|0|0", "hanging|0|" + queued + "|" + queued,
                    "refusing|0|" + queued + "|" + queued), calls());
        } finally {
            answering.stop(0);
        }
    }

    /** The failed calls would be retried by the next test's sending job, hanging it: they leave with this test. */
    @AfterEach
    void dropQueuedCalls() throws SQLException {
        try (Connection db = connect();
                PreparedStatement delete = db.prepareStatement("DELETE FROM alert_webhooks WHERE site LIKE ?")) {
            delete.setString(1, "%.latency.example.org");
            delete.executeUpdate();
        }
    }

    /** Queues the round's calls, starts the job on them, commits meanwhile; answers each commit's nanoseconds. */
    private List<Long> commitWhileSending(String webhook, int round, String url) throws Exception {
        String site = webhook + ".latency.example.org";
        queueCalls(site, round, url);
        AtomicBoolean committing = new AtomicBoolean(true);
        ExecutorService job = Executors.newSingleThreadExecutor();
        List<Long> latencies = new ArrayList<>();
        try {
            Future<?> sending = job.submit(() -> {
                // The job runs every 5 s in production; here it runs again 100 ms after each run, a harsher case.
                do {
                    sender.sendDue();
                    Thread.sleep(100);
                } while (committing.get());
                return null;
            });
            // The job is inside its first call before the first commit.
            Thread.sleep(200);
            StreamId stream = stream(site, "round-" + round);
            try (StatsChannel channel = new StatsChannel(root.getPort())) {
                for (int number = 0; number < COMMITS_PER_ROUND; number++) {
                    long started = System.nanoTime();
                    CommitStatus status = channel.stats().commit(batch(stream, number * 100L, (number + 1) * 100L)
                            .addHourly(hour("2026-11-01T10:00:00Z", 2, 30, 2, 0, 0, 0, 0))
                            .addUrlHits(daily("2026-11-01", "/" + number, 2)).build()).getStatus();
                    latencies.add(System.nanoTime() - started);
                    assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, status);
                }
            }
            committing.set(false);
            sending.get();
        } finally {
            job.shutdownNow();
        }
        return latencies;
    }

    private static void queueCalls(String site, int round, String url) throws SQLException {
        String sql = "INSERT INTO alert_webhooks (site, rule, raised_at, transition, url, payload, next_attempt_at)"
                + " VALUES (?, 'TRAFFIC', ?, 'RAISED', ?, '{}', '2000-01-01T00:00:00Z')";
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(sql)) {
            for (int call = 0; call < CALLS_PER_ROUND; call++) {
                insert.setString(1, site);
                insert.setObject(2, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(round * 60L + call)
                        .atOffset(ZoneOffset.UTC));
                insert.setString(3, url);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Per webhook: calls sent, calls failed once, calls keeping an error. */
    private static List<String> calls() {
        return RollupTables.rows("SELECT split_part(site, '.', 1), count(sent_at), count(*) FILTER (WHERE attempts = 1"
                + " AND sent_at IS NULL), count(last_error) FROM alert_webhooks WHERE site LIKE ? GROUP BY site"
                + " ORDER BY site", "%.latency.example.org", 4);
    }

    private static void print(String webhook, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "commit latency with the webhook %-9s: n=%d median=%.1f ms p90=%.1f ms max=%.1f ms%n",
                webhook, sorted.size(), ms(sorted.get(sorted.size() / 2)), ms(sorted.get(sorted.size() * 9 / 10)),
                ms(sorted.get(sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }
}
