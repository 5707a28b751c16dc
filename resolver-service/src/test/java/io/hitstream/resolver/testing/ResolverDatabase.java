package io.hitstream.resolver.testing;

import io.hitstream.testing.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/** A fresh database on the test PostgreSQL server with the resolver's own migrations applied, for tests without Quarkus. */
public final class ResolverDatabase implements AutoCloseable {
    /** Where the module's migrations are, seen from the module folder the tests run in. */
    public static final String MIGRATIONS = "filesystem:src/main/resources/db/resolver";

    private final PostgresServer server = PostgresServer.fromEnvironment();
    private final String name;

    private ResolverDatabase(String name) {
        this.name = name;
    }

    /** Creates the database and migrates it as the service does at start. */
    public static ResolverDatabase create() {
        ResolverDatabase database = new ResolverDatabase(PostgresServer.fromEnvironment().createDatabase("resolver"));
        database.migrate();
        return database;
    }

    /** Migrates an existing database (e.g. one a Quarkus test resource made) as the service does at start. */
    public static void migrate(PostgresServer server, String database) {
        Flyway.configure()
                .dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations(MIGRATIONS)
                .table("resolver_schema_history")
                .load()
                .migrate();
    }

    private void migrate() {
        migrate(server, name);
    }

    public String name() {
        return name;
    }

    public PostgresServer server() {
        return server;
    }

    /** Inserts a row as the resolver would persist it; {@code hostName} null means "no name". */
    public void insert(String ip, String hostName, Instant expiresAt) throws SQLException {
        insert(server, name, ip, hostName, expiresAt);
    }

    /** Inserts a row into the resolver_cache table of {@code database}. */
    public static void insert(PostgresServer server, String database, String ip, String hostName, Instant expiresAt)
            throws SQLException {
        try (Connection connection = server.connect(database);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO resolver_cache (ip, host_name, expires_at) VALUES (?::inet, ?, ?)")) {
            insert.setString(1, ip);
            insert.setString(2, hostName);
            insert.setTimestamp(3, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
    }

    /** The persisted host name of {@code ip}: the empty string for "no name", {@code null} when there is no row. */
    public String hostNameOf(String ip) throws SQLException {
        return hostNameOf(server, name, ip);
    }

    /** The persisted host name of {@code ip} in {@code database}, as {@link #hostNameOf(String)}. */
    public static String hostNameOf(PostgresServer server, String database, String ip) throws SQLException {
        try (Connection connection = server.connect(database);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT coalesce(host_name, '') FROM resolver_cache WHERE ip = ?::inet")) {
            select.setString(1, ip);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    public long rows() throws SQLException {
        try (Connection connection = server.connect(name);
             ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM resolver_cache")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
