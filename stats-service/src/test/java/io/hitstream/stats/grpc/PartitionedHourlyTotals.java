package io.hitstream.stats.grpc;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A test database that stats has migrated and whose hourly_totals was then partitioned monthly with pg_partman, by
 * README's "Time partitioning" commands, before stats starts on it.
 */
public class PartitionedHourlyTotals implements QuarkusTestResourceLifecycleManager {
    /** README's block under "Time partitioning", character for character. */
    static final String README_COMMANDS = """
            CREATE SCHEMA partman; CREATE EXTENSION pg_partman SCHEMA partman;
            ALTER TABLE hourly_totals RENAME TO hourly_totals_plain;
            CREATE TABLE hourly_totals (LIKE hourly_totals_plain INCLUDING ALL) PARTITION BY RANGE (hour_start);
            SELECT partman.create_parent('public.hourly_totals', 'hour_start', 'native', 'monthly', p_premake => 3);
            INSERT INTO hourly_totals SELECT * FROM hourly_totals_plain; DROP TABLE hourly_totals_plain;
            -- then regularly (pg_partman_bgw or cron):  SELECT partman.run_maintenance();
            """;

    private final PostgresServer server = PostgresServer.fromEnvironment();
    private final PostgresTestDatabase database = new PostgresTestDatabase();

    @Override
    public Map<String, String> start() {
        requirePartman();
        Map<String, String> config = database.start();
        try {
            migrateAndPartition(config.get("hitstream.test.database"));
        } catch (RuntimeException e) {
            database.stop();
            throw e;
        }
        return config;
    }

    private void migrateAndPartition(String name) {
        // Into stats' own history table (quarkus.flyway.table), so that stats finds nothing left to apply when it starts.
        Flyway.configure().dataSource(server.jdbcUrl(name), server.user(), server.password())
                .locations("classpath:db/rollups").table("stats_schema_history").load().migrate();
        try (Connection connection = server.connect(name); Statement statement = connection.createStatement()) {
            statement.execute(README_COMMANDS);
        } catch (SQLException e) {
            throw new IllegalStateException("README's partitioning commands failed", e);
        }
    }

    /** Fails, before a database is made, where the server lacks the extension: a test of it must not pass unrun. */
    private void requirePartman() {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement();
                ResultSet available = statement.executeQuery(
                        "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_partman'")) {
            available.next();
            if (available.getInt(1) == 0) {
                throw new IllegalStateException("The PostgreSQL server at " + server.host() + ":" + server.port()
                        + " has no pg_partman: install Debian's postgresql-15-partman there"
                        + " (./hitstream test installs it on this machine)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.host() + ":" + server.port() + " refused", e);
        }
    }

    @Override
    public void stop() {
        database.stop();
    }
}
