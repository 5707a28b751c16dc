package io.hitstream.stats.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Stats leaves rotation while its database refuses connections, and comes back by itself. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class DatabaseReadinessTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TestHTTPResource("/q/health/ready")
    URL ready;

    @Test
    void notReadyWhileTheDatabaseRefusesConnectionsAndReadyAgainAfter() throws Exception {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        int before = readiness();
        int whileDown;
        try {
            refuseConnections(database);
            whileDown = readinessOnceNot(200);
        } finally {
            allowConnections(database);
        }
        int after = readinessOnceNot(503);

        assertEquals(List.of(200, 503, 200), List.of(before, whileDown, after));
    }

    /** Polls readiness until it is no longer {@code status} or the limit passes; returns the last status. */
    private int readinessOnceNot(int status) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        int current = readiness();
        while (current == status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            current = readiness();
        }
        return current;
    }

    private int readiness() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ready.toString())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** As when the database goes down: no new connections, and the open ones are cut. */
    private static void refuseConnections(String database) throws SQLException {
        try (Connection admin = PostgresServer.fromEnvironment().connect("postgres");
                Statement statement = admin.createStatement();
                PreparedStatement terminate = admin.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
            statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            terminate.setString(1, database);
            terminate.execute();
        }
    }

    private static void allowConnections(String database) throws SQLException {
        try (Connection admin = PostgresServer.fromEnvironment().connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
    }
}
