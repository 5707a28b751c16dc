package io.hitstream.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Gives a Quarkus test a database of its own on the real PostgreSQL server, and drops it afterwards.
 *
 * <p>Argument {@code migrations}: Flyway locations, comma-separated (e.g. {@code classpath:db/rollups}, the rollup-schema jar's)
 * applied before the application starts, for a service that reads a schema another service owns.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {
    private final PostgresServer server = PostgresServer.fromEnvironment();
    private String database;
    private String migrations;

    @Override
    public void init(Map<String, String> initArgs) {
        migrations = initArgs.get("migrations");
    }

    @Override
    public Map<String, String> start() {
        database = server.createDatabase("quarkus");
        if (migrations != null) {
            Flyway.configure()
                    .dataSource(server.jdbcUrl(database), server.user(), server.password())
                    .locations(migrations.split(","))
                    .load()
                    .migrate();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.reactive.url", server.reactiveUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "hitstream.test.database", database);
    }

    @Override
    public void stop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }
}
