package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.rejection;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.stats.domain.SiteMonth;
import io.hitstream.stats.service.MonthlyFoldJob;
import io.hitstream.stats.store.MonthlyFold;
import io.hitstream.stats.store.RollupRetention;
import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly grain stays exact: commits mark the months of their daily rows dirty, the fold sums ended dirty months,
 * and a commit racing a fold leaves its month dirty. Commits go through gRPC; transactions held open to stop a commit
 * or a fold at a chosen point are plain JDBC.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class MonthlyGrainTest {
    /** Long after October 2026 ended everywhere. */
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final LocalDate OCTOBER = LocalDate.parse("2026-10-01");

    @TestHTTPResource("/")
    URL root;

    @Inject
    MonthlyFoldJob job;

    @Inject
    MonthlyFold fold;

    @Inject
    RollupRetention retention;

    private StatsChannel channel;
    private String site;
    private StreamId stream;
    private long offset;

    @BeforeEach
    void open() {
        channel = new StatsChannel(root.getPort());
        site = "months-" + UUID.randomUUID() + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    /** Commits the next batch of the stream: hits of /a on a day, and a rejected line. */
    private void commit(String day, long hits) {
        assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, channel.stats().commit(batch(day, hits)).getStatus());
    }

    private PartialAggregate batch(String day, long hits) {
        PartialAggregate batch = Aggregates.batch(stream, offset, offset + 100)
                .addCountedKeys(dayKey(Dimension.DIMENSION_URL, day, "/a", "", hits, hits * 100))
                .addRejections(rejection("not_matching_format", 1, "bad"))
                .build();
        offset += 100;
        return batch;
    }

    private CompletableFuture<Void> commitInBackground(String day, long hits) {
        PartialAggregate batch = batch(day, hits);
        return CompletableFuture.runAsync(() -> assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED,
                channel.stats().commit(batch).getStatus()));
    }

    private static Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }

    private List<String> monthly() {
        return RollupTables.rows("SELECT dimension, month_start, key, hits, bytes FROM monthly_counts WHERE site = ?"
                + " ORDER BY month_start, dimension, key", site, 5);
    }

    private List<String> dirty() {
        return RollupTables.rows("SELECT month_start FROM dirty_months WHERE site = ? ORDER BY month_start", site, 1);
    }

    private List<String> folded() {
        return RollupTables.rows("SELECT month_start FROM folded_months WHERE site = ? ORDER BY month_start", site, 1);
    }

    /** Holds a row lock of the site in a transaction of its own until closed. */
    private Connection lock(String sql) throws SQLException {
        Connection holder = connect();
        holder.setAutoCommit(false);
        try (PreparedStatement select = holder.prepareStatement(sql)) {
            select.setString(1, site);
            try (ResultSet locked = select.executeQuery()) {
                assertTrue(locked.next(), sql);
            }
        }
        return holder;
    }

    /** Waits until a statement starting so waits on a lock. */
    private static void awaitWaiting(String statementStart) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection db = connect(); PreparedStatement waiting = db.prepareStatement("SELECT 1 FROM"
                    + " pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?")) {
                waiting.setString(1, statementStart + "%");
                try (ResultSet found = waiting.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing waits: " + statementStart);
    }

    @Test
    void aCommitMarksTheMonthsOfItsDailyRowsDirty() {
        commit("2026-10-31", 1);
        commit("2026-11-01", 1);

        assertEquals(List.of("2026-10-01", "2026-11-01"), dirty());
    }

    @Test
    void theFoldSumsAnEndedMonthsDailyRowsAndClearsItsMark() {
        commit("2026-10-05", 2);
        commit("2026-10-05", 3);
        commit("2026-10-20", 4);

        job.foldDirtyMonths(NOW).await().indefinitely();

        assertEquals(List.of("URL|2026-10-01|/a|9|900"), monthly());
        assertEquals(List.of(), dirty());
        assertEquals(List.of("2026-10-01"), folded());
    }

    @Test
    void aMonthIsFoldedOnlyADayAfterItEnds() {
        commit("2026-10-31", 1);

        job.foldDirtyMonths(Instant.parse("2026-11-01T23:59:59Z")).await().indefinitely();
        assertEquals(List.of("2026-10-01"), dirty());

        job.foldDirtyMonths(Instant.parse("2026-11-02T00:00:00Z")).await().indefinitely();
        assertEquals(List.of(), dirty());
        assertEquals(List.of("URL|2026-10-01|/a|1|100"), monthly());
    }

    @Test
    void lateDataMarksAFoldedMonthDirtyAndTheNextFoldAddsIt() {
        commit("2026-10-05", 2);
        job.foldDirtyMonths(NOW).await().indefinitely();

        commit("2026-10-06", 5);
        assertEquals(List.of("2026-10-01"), dirty());
        assertEquals(List.of("URL|2026-10-01|/a|2|200"), monthly());

        job.foldDirtyMonths(NOW).await().indefinitely();
        assertEquals(List.of(), dirty());
        assertEquals(List.of("URL|2026-10-01|/a|7|700"), monthly());
    }

    @Test
    void theFoldSkipsAMonthWhoseMarkACommitInProgressHolds() throws Exception {
        commit("2026-10-05", 2);
        CompletableFuture<Void> late;
        // The commit stops at the rejections, after it has written its daily row and taken its month's mark.
        try (Connection rejections = lock("SELECT 1 FROM rejections WHERE site = ? FOR UPDATE")) {
            late = commitInBackground("2026-10-06", 5);
            awaitWaiting("INSERT INTO rejections");

            assertFalse(fold.fold(new SiteMonth(site, OCTOBER)).await().indefinitely());
            assertEquals(List.of("2026-10-01"), dirty());
            assertEquals(List.of(), monthly());
            rejections.commit();
        }
        late.get(30, TimeUnit.SECONDS);

        assertTrue(fold.fold(new SiteMonth(site, OCTOBER)).await().indefinitely());
        assertEquals(List.of("URL|2026-10-01|/a|7|700"), monthly());
    }

    @Test
    void aCommitThatMarksWhileAFoldRunsLeavesTheMonthDirty() throws Exception {
        commit("2026-10-05", 2);
        job.foldDirtyMonths(NOW).await().indefinitely();
        commit("2026-10-06", 3);
        CompletionStage<Boolean> folding;
        CompletableFuture<Void> late;
        // The fold stops at clearing the month's monthly rows, after it has claimed (deleted) the month's mark.
        try (Connection monthlyRows = lock("SELECT 1 FROM monthly_counts WHERE site = ? FOR UPDATE")) {
            folding = fold.fold(new SiteMonth(site, OCTOBER)).subscribeAsCompletionStage();
            awaitWaiting("DELETE FROM monthly_counts");
            late = commitInBackground("2026-10-07", 5);
            awaitWaiting("WITH inserted AS (INSERT INTO dirty_months");
            monthlyRows.commit();
        }
        assertTrue(folding.toCompletableFuture().get(30, TimeUnit.SECONDS));
        late.get(30, TimeUnit.SECONDS);

        assertEquals(List.of("URL|2026-10-01|/a|5|500"), monthly());
        assertEquals(List.of("2026-10-01"), dirty());
        job.foldDirtyMonths(NOW).await().indefinitely();
        assertEquals(List.of("URL|2026-10-01|/a|10|1000"), monthly());
    }

    @Test
    void retentionMarksTheMonthsOfTheDailyRowsItDeletesSoTheirFoldDropsThem() {
        // Long before any other test's days, which the retention of every site deletes too.
        commit("1980-09-30", 1);
        commit("1980-10-04", 2);
        commit("1980-10-05", 3);
        job.foldDirtyMonths(NOW).await().indefinitely();

        retention.deleteDaysBefore(LocalDate.parse("1980-10-05"), 2).await().indefinitely();
        assertEquals(List.of("1980-09-01", "1980-10-01"), dirty());

        job.foldDirtyMonths(NOW).await().indefinitely();
        assertEquals(List.of("URL|1980-10-01|/a|3|300"), monthly());
        assertEquals(List.of("1980-09-01", "1980-10-01"), folded());
    }
}
