package io.hitstream.stats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * How PostgreSQL runs a commit's reads of rows by key, on the real schema. A pooled connection keeps the generic plan
 * it made at its first commits, when the tables held a few rows; each read must stay a lookup per key once the table
 * has grown, not a scan of every row of the site.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class CommitLookupPlansTest {
    private final String site = "plan-" + UUID.randomUUID() + ".example.org";

    @Test
    void theKeyBoundsReadOfKeysCountedBeforeLooksUpEachKeyWithAPlanMadeWhileTheTableWasSmall() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            String execute = prepareGeneric(statement, DailyKeyBudgets.COUNTED_BEFORE, "'" + site + "', ARRAY['URL'],"
                    + " ARRAY[20394::bigint], ARRAY['/k1'], ARRAY['']");
            statement.execute("INSERT INTO daily_counts (site, dimension, local_date, key, hits)"
                    + " SELECT '" + site + "', 'URL', DATE '2025-11-01' + i % 30, '/k' || i, 1"
                    + " FROM generate_series(1, 20000) AS i");

            assertEquals(List.of("URL|2025-11-02|/k1|"), rows(statement, execute, 4));
            assertEquals(List.of("Nested Loop", "Function Scan on v",
                    "Index Only Scan using daily_counts_pkey on daily_counts c"), planNodes(statement, execute));
        }
    }

    @Test
    void theSketchUnionsLockReadsEachRowByThePrimaryKeyWithAPlanMadeWhileTheTableWasSmall() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            String execute = prepareGeneric(statement, SketchUnion.lockSql(2), "'" + site + "',"
                    + " 'VISITORS', 'HOUR', '2025-11-01', '2025-11-01 01:00:00+00', '',"
                    + " 'VISITORS', 'HOUR', '2025-11-01', '2025-11-01 02:00:00+00', ''");
            statement.execute("INSERT INTO sketches (site, kind, grain, local_date, period_start, data)"
                    + " SELECT '" + site + "', 'VISITORS', 'HOUR', DATE '2025-11-01' + i / 24,"
                    + " TIMESTAMPTZ '2025-11-01 00:00:00+00' + i * INTERVAL '1 hour', '\\x01'"
                    + " FROM generate_series(1, 20000) AS i");

            assertEquals(List.of("VISITORS|HOUR|2025-11-01|1761958800", "VISITORS|HOUR|2025-11-01|1761962400"),
                    rows(statement, execute, 4));
            // Either index finds a key's row among the few of its hour (by_start) or exactly (pkey).
            List<String> plan = planNodes(statement, execute);
            assertEquals(List.of("Nested Loop", "Values Scan on \"*VALUES*\"", "Subquery Scan on s", "LockRows"),
                    plan.subList(0, 4));
            assertEquals(1, plan.size() - 4);
            assertTrue(plan.get(4).matches("Index Scan using sketches_(pkey|by_start) on sketches s_1"), plan.get(4));
        }
    }

    private static Connection connect() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        return PostgresServer.fromEnvironment().connect(database);
    }

    /** Prepares the statement to run with a generic plan, makes that plan now, and answers how to run it again. */
    private static String prepareGeneric(Statement statement, String sql, String arguments) throws SQLException {
        statement.execute("SET plan_cache_mode = force_generic_plan");
        statement.execute("PREPARE lookup AS " + sql.replace('?', '$'));
        String execute = "EXECUTE lookup (" + arguments + ")";
        statement.execute(execute);
        return execute;
    }

    private static List<String> rows(Statement statement, String sql, int columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    /** Each node of the plan's text, without costs, conditions or indentation. */
    private static List<String> planNodes(Statement statement, String execute) throws SQLException {
        List<String> nodes = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("EXPLAIN (COSTS OFF) " + execute)) {
            while (result.next()) {
                String line = result.getString(1).strip().replaceFirst("^->\\s+", "");
                if (!line.contains(":")) {
                    nodes.add(line);
                }
            }
        }
        return nodes;
    }
}
