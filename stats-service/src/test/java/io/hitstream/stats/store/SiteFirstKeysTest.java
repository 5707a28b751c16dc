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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every unique key of the migrated schema starts with the site, so that each table distributes by site on Citus
 * without changing a query (README, "Operating at scale"). A new table must keep it so.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class SiteFirstKeysTest {
    /** Each table's unique indexes (the primary key among them) and their first column. */
    private static final String UNIQUE_KEYS = """
            SELECT t.relname AS table_name, i.relname AS index_name, a.attname AS first_column
            FROM pg_index x
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
            WHERE x.indisunique AND n.nspname = current_schema() AND t.relname <> 'stats_schema_history'
            ORDER BY 1, 2
            """;

    @Test
    void everyUniqueKeyOfEveryTableStartsWithTheSite() throws SQLException {
        Map<String, String> firstColumns = firstColumnOfEachUniqueKey();

        Map<String, String> expected = new TreeMap<>();
        firstColumns.keySet().forEach(key -> expected.put(key, "site"));
        assertEquals(expected, firstColumns);
    }

    @Test
    void everyTableHasAKey() throws SQLException {
        Set<String> keyed = new TreeSet<>();
        firstColumnOfEachUniqueKey().keySet().forEach(key -> keyed.add(key.substring(0, key.indexOf('.'))));

        Set<String> tables = tables();
        assertTrue(tables.contains("hourly_totals"), "the schema is migrated: " + tables);
        assertEquals(tables, keyed);
    }

    private static Set<String> tables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables"
                        + " WHERE schemaname = current_schema() AND tablename <> 'stats_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Connection connect() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        return PostgresServer.fromEnvironment().connect(database);
    }

    private static Map<String, String> firstColumnOfEachUniqueKey() throws SQLException {
        Map<String, String> firstColumns = new TreeMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery(UNIQUE_KEYS)) {
            while (keys.next()) {
                firstColumns.put(keys.getString("table_name") + "." + keys.getString("index_name"),
                        String.valueOf(keys.getString("first_column")));
            }
        }
        return firstColumns;
    }
}
