package io.hitstream.stats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hitstream.rollups.Dimension;
import io.hitstream.stats.domain.AggregateBuilder;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.KeyCounters;
import io.hitstream.stats.domain.StreamKey;
import io.hitstream.stats.grpc.RollupTables;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** The per-day key bound on the real schema, two keys a day, each batch bounded and written in one transaction. */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class DailyKeyBudgetsTest {
    private static final String DAY = "2026-11-01";

    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    RollupWriter writer;

    private final DailyKeyBudgets budgets = new DailyKeyBudgets(2, 500);
    private final String site = "budget-" + UUID.randomUUID() + ".example.org";

    private BatchAggregate urls(String... urls) {
        AggregateBuilder builder = new AggregateBuilder(new StreamKey(site, "web-01", UUID.randomUUID().toString()),
                0, urls.length, "UTC");
        for (String url : urls) {
            builder.countedKey(Dimension.URL, Dimension.URL.grain(), 0, DAY, url, "",
                    new KeyCounters(1, 100, 1, 0, 0, 0, 0, 0, 0));
        }
        return builder.build();
    }

    /** Bounds and writes the aggregate in one transaction that ends only once {@code end} completes. */
    private CompletableFuture<Void> commit(BatchAggregate aggregate, CompletableFuture<Void> bounded,
            CompletableFuture<Void> end) {
        return sessions.withTransaction(session -> budgets.bound(session, List.of(aggregate.bySite()))
                        .invoke(() -> bounded.complete(null))
                        .chain(result -> writer.apply(session, result.batches().get(0), result.newKeys()))
                        .chain(() -> onThisContext(Uni.createFrom().completionStage(end))))
                .subscribeAsCompletionStage().toCompletableFuture();
    }

    /** The item on the session's Vert.x context, whichever thread completes it: a reactive session stays on its own. */
    private static <T> Uni<T> onThisContext(Uni<T> item) {
        Context context = Vertx.currentContext();
        return item.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private void commit(String... urls) {
        commit(urls(urls), new CompletableFuture<>(), CompletableFuture.completedFuture(null)).join();
    }

    @Test
    void keysOfTheDayKeepCountingPastTheBoundAndNewOnesCountUnderOtherAndAsOverflow() {
        commit("/a", "/b");
        commit("/a", "/c", "/d");
        commit("/b", "/c");

        assertEquals(List.of("OVERFLOW|URL|3|300", "URL|(other)|3|300", "URL|/a|2|200", "URL|/b|2|200"), dailyCounts());
        assertEquals(List.of("URL|2026-11-01|2"), budgetRows());
    }

    @Test
    void twoConcurrentCommitsCannotBothTakeTheDaysLastKey() throws Exception {
        commit("/a");
        CompletableFuture<Void> firstBounded = new CompletableFuture<>();
        CompletableFuture<Void> firstEnds = new CompletableFuture<>();
        CompletableFuture<Void> first = commit(urls("/x"), firstBounded, firstEnds);
        firstBounded.get(10, TimeUnit.SECONDS);

        CompletableFuture<Void> secondBounded = new CompletableFuture<>();
        CompletableFuture<Void> second = commit(urls("/y"), secondBounded, CompletableFuture.completedFuture(null));
        Thread.sleep(500);
        assertFalse(secondBounded.isDone(), "the second commit waits on the first one's budget lock");
        firstEnds.complete(null);
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        assertEquals(List.of("OVERFLOW|URL|1|100", "URL|(other)|1|100", "URL|/a|1|100", "URL|/x|1|100"), dailyCounts());
        assertEquals(List.of("URL|2026-11-01|2"), budgetRows());
    }

    private List<String> dailyCounts() {
        return RollupTables.rows("SELECT dimension, key, hits, bytes FROM daily_counts WHERE site = ?"
                + " ORDER BY dimension, key COLLATE \"C\"", site, 4);
    }

    private List<String> budgetRows() {
        return RollupTables.rows("SELECT dimension, local_date, keys FROM daily_key_budgets WHERE site = ?"
                + " ORDER BY dimension", site, 3);
    }
}
