package io.hitstream.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;

/** The PostgreSQL server tests run against, located by the same HITSTREAM_DB_* variables the services read. */
public final class PostgresServer {
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The server named by the environment, 127.0.0.1:5432 as postgres by default. */
    public static PostgresServer fromEnvironment() {
        return new PostgresServer(
                env("HITSTREAM_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("HITSTREAM_DB_PORT", "5432")),
                env("HITSTREAM_DB_USER", "postgres"),
                env("HITSTREAM_DB_PASSWORD", ""));
    }

    /** Creates a database no other test or run uses, named after its owner for easier debugging. */
    public String createDatabase(String owner) {
        String name = ("hs_test_" + owner + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** Drops a database created by {@link #createDatabase}, disconnecting whoever still holds it. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * Opens a JDBC connection to a database of this server. The driver is named, not looked up: DriverManager only
     * offers drivers of the class loader that registered them, and a Quarkus test profile restarts on a new one.
     */
    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new Driver().connect(jdbcUrl(database), credentials);
    }

    private void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
