package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.testing.PostgresServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * README's pg_partman commands ("Time partitioning") work with our schema and our writer: stats, started on the
 * partitioned hourly_totals, commits into the monthly partitions, and partman's maintenance runs on it.
 */
@QuarkusTest
@TestProfile(TimePartitioningTest.Partitioned.class)
class TimePartitioningTest {
    private static final DateTimeFormatter PARTITION_MONTH = DateTimeFormatter.ofPattern("yyyy_MM");

    @TestHTTPResource("/")
    URL root;

    /** Stats on a database partitioned by {@link PartitionedHourlyTotals} alone, not the other tests' database. */
    public static class Partitioned implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PartitionedHourlyTotals.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The 10:00 UTC hour in the middle of a month, far from its partition's bounds in any server time zone. */
    private static String midMonthHour(YearMonth month) {
        return month.atDay(15).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static String partition(YearMonth month) {
        return "hourly_totals_p" + month.format(PARTITION_MONTH);
    }

    private void commit(PartialAggregate aggregate) throws InterruptedException {
        try (StatsChannel channel = new StatsChannel(root.getPort())) {
            assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, channel.stats().commit(aggregate).getStatus());
        }
    }

    private static Connection testDatabase() throws SQLException {
        String database = ConfigProvider.getConfig().getValue("hitstream.test.database", String.class);
        return PostgresServer.fromEnvironment().connect(database);
    }

    /** The first column of every row a query answers. */
    private static List<String> column(String sql) throws SQLException {
        try (Connection connection = testDatabase(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    @Test
    void commitsLandInTheirMonthsPartitionAndAddUp() throws InterruptedException {
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        StreamId stream = stream("partitioned.example.org", "file-1");

        commit(batch(stream, 0, 100)
                .addHourly(hour(midMonthHour(thisMonth), 3, 300, 3, 0, 0, 0, 0))
                .addHourly(hour(midMonthHour(lastMonth), 2, 50, 1, 1, 0, 0, 0)).build());
        commit(batch(stream, 100, 200).addHourly(hour(midMonthHour(thisMonth), 4, 1000, 2, 0, 1, 1, 0)).build());

        assertEquals(List.of(
                partition(lastMonth) + "|" + midMonthHour(lastMonth) + "|2|50|1|1|0|0",
                partition(thisMonth) + "|" + midMonthHour(thisMonth) + "|7|1300|5|0|1|1"), RollupTables.rows(
                "SELECT tableoid::regclass::text, hour_start, hits, bytes, status_2xx, status_3xx, status_4xx,"
                        + " status_5xx FROM hourly_totals WHERE site = ? ORDER BY hour_start",
                "partitioned.example.org", 8));
    }

    @Test
    void maintenanceKeepsThreeMonthsEitherSideOfThisOne() throws SQLException {
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        List<String> expected = new ArrayList<>(List.of("hourly_totals_default"));
        for (int offset = -3; offset <= 3; offset++) {
            expected.add(partition(thisMonth.plusMonths(offset)));
        }

        try (Connection connection = testDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT partman.run_maintenance()");
        }

        assertEquals(expected, column("SELECT inhrelid::regclass::text FROM pg_inherits"
                + " WHERE inhparent = 'hourly_totals'::regclass ORDER BY inhrelid::regclass::text COLLATE \"C\""));
    }
}
