package io.hitstream.resolver.testing;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A fresh test database that already holds the resolver's table with one persisted answer, as a previous run of
 * the service would have left it: {@link #CACHED_ADDRESS} named {@link #CACHED_HOST}, which no DNS server knows.
 */
public class SeededDatabaseResource implements QuarkusTestResourceLifecycleManager {
    public static final String CACHED_ADDRESS = TestHosts.UK_ADDRESS;
    public static final String CACHED_HOST = "persisted.example.org";

    private final PostgresTestDatabase database = new PostgresTestDatabase();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = database.start();
        PostgresServer server = PostgresServer.fromEnvironment();
        String name = config.get("hitstream.test.database");
        ResolverDatabase.migrate(server, name);
        try {
            ResolverDatabase.insert(server, name, CACHED_ADDRESS, CACHED_HOST, Instant.now().plus(Duration.ofDays(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the resolver cache table", e);
        }
        return config;
    }

    @Override
    public void stop() {
        database.stop();
    }
}
