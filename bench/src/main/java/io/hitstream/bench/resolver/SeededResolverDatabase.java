package io.hitstream.bench.resolver;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;

/**
 * A database of its own holding the resolver's table with {@code count} persisted answers, as a long-running
 * resolver leaves it: the service started on it answers every one of these addresses from its warm cache.
 */
final class SeededResolverDatabase implements AutoCloseable {
    private static final String MIGRATIONS =
            "filesystem:" + ProjectRoot.locate().resolve("resolver-service/src/main/resources/db/resolver");

    private final PostgresServer server = PostgresServer.fromEnvironment();
    private final String name;
    private final List<String> addresses;

    SeededResolverDatabase(int count) throws SQLException {
        this.name = server.createDatabase("bench_resolver");
        this.addresses = IntStream.range(0, count).mapToObj(SeededResolverDatabase::address).toList();
        Flyway.configure()
                .dataSource(server.jdbcUrl(name), server.user(), server.password())
                .locations(MIGRATIONS)
                .table("resolver_schema_history")
                .load()
                .migrate();
        insertAnswers();
    }

    String name() {
        return name;
    }

    PostgresServer server() {
        return server;
    }

    /** The persisted addresses, in insertion order. */
    List<String> addresses() {
        return addresses;
    }

    /** Public addresses 20.0.0.0 onwards: none of them in a range the resolver keeps away from DNS. */
    static String address(int index) {
        return "20." + (index >> 16) + "." + ((index >> 8) & 0xff) + "." + (index & 0xff);
    }

    /** The persisted name of the address at {@code index}: 997 networks under one registrable domain. */
    static String hostName(int index) {
        return "host-" + index + ".net-" + (index % 997) + ".example.co.uk";
    }

    private void insertAnswers() throws SQLException {
        Timestamp expiresAt = Timestamp.from(Instant.now().plus(Duration.ofDays(42)));
        try (Connection connection = server.connect(name);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO resolver_cache (ip, host_name, expires_at) VALUES (?::inet, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < addresses.size(); i++) {
                insert.setString(1, addresses.get(i));
                insert.setString(2, hostName(i));
                insert.setTimestamp(3, expiresAt);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
