package io.hitstream.stats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * How PostgreSQL runs the key bound's read of the keys a day counted before, on the real schema. A pooled connection
 * keeps the generic plan it made at its first commits, when daily_counts held a few rows; the read must stay a
 * lookup per key once the table has grown, not a scan of every row of the site.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class CountedBeforePlanTest {
    private final String site = "plan-" + UUID.randomUUID() + ".example.org";

    @Test
    void aGenericPlanMadeWhileTheTableWasSmallStillLooksUpEachKeyByThePrimaryKeyOnceItHasGrown() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        try (Connection connection = PostgresServer.fromEnvironment().connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE counted_before (text, text[], bigint[], text[], text[]) AS "
                    + DailyKeyBudgets.COUNTED_BEFORE.replace('?', '$'));
            String execute = "EXECUTE counted_before ('" + site + "', ARRAY['URL'], ARRAY[20394::bigint],"
                    + " ARRAY['/k1'], ARRAY[''])";
            statement.execute(execute);
            statement.execute("INSERT INTO daily_counts (site, dimension, local_date, key, hits)"
                    + " SELECT '" + site + "', 'URL', DATE '2025-11-01' + i % 30, '/k' || i, 1"
                    + " FROM generate_series(1, 20000) AS i");

            assertEquals(List.of("URL|2025-11-02|/k1|"), rows(statement, execute));
            assertEquals(List.of("Nested Loop", "Function Scan on v", "Index Only Scan using daily_counts_pkey on daily_counts c"),
                    planNodes(statement, execute));
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(String.join("|", result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)));
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
