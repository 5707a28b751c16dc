package io.hitstream.stats.service;

import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitGroup;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.SiteAggregate;
import io.hitstream.stats.domain.SiteAggregateSum;
import io.hitstream.stats.domain.SiteTraffic;
import io.hitstream.stats.domain.StreamKey;
import io.hitstream.stats.store.DailyKeyBudgets;
import io.hitstream.stats.store.RollupWriter;
import io.hitstream.stats.store.StreamLedger;
import io.hitstream.stats.store.StreamLedgerEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Commits batch aggregates exactly once per stream offset, several batches a transaction (see {@link CommitQueue}):
 * the transaction locks the streams' ledger rows, decides each batch from its stream's committed offset in offset
 * order ({@link CommitGroup}), bounds each applied batch's daily keys in turn, adds what they add, summed, and moves
 * their offsets. Minute rows
 * already past the minute retention at commit time are not written: the retention would delete them.
 */
@ApplicationScoped
public class AggregateCommitter {
    private final Mutiny.SessionFactory sessions;
    private final StreamLedger ledger;
    private final RollupWriter writer;
    private final DailyKeyBudgets budgets;
    private final CommitMetrics metrics;
    private final Clock clock;
    private final Duration minuteRetention;
    private final CommitQueue queue;

    AggregateCommitter(Mutiny.SessionFactory sessions, StreamLedger ledger, RollupWriter writer, DailyKeyBudgets budgets,
            CommitMetrics metrics, Clock clock, StatsConfig config, Vertx vertx) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.writer = writer;
        this.budgets = budgets;
        this.metrics = metrics;
        this.clock = clock;
        this.minuteRetention = config.retention().minute();
        this.queue = new CommitQueue(vertx, config.commitGroups().inFlight(), config.commitGroups().maxBatches(),
                this::commitTogether);
    }

    /** Applies the aggregate if it starts at its stream's committed offset; answers once that is committed. */
    public Uni<CommitReceipt> commit(BatchAggregate aggregate) {
        return queue.submit(aggregate);
    }

    /** The stream's committed offset, 0 for a stream never committed. */
    public Uni<Long> committedOffset(StreamKey stream) {
        return sessions.withSession(session -> ledger.committedOffset(session, stream));
    }

    private Uni<List<CommitReceipt>> commitTogether(List<BatchAggregate> batches) {
        List<StreamKey> streams = batches.stream().map(BatchAggregate::stream).distinct().toList();
        return sessions.withTransaction((session, transaction) -> ledger.lock(session, streams)
                        .chain(entries -> apply(session, transaction, entries, batches)))
                .invoke(this::record)
                .map(done -> done.group().receipts());
    }

    private Uni<Done> apply(Mutiny.Session session, Mutiny.Transaction transaction,
            Map<StreamKey, StreamLedgerEntry> entries, List<BatchAggregate> batches) {
        Map<StreamKey, Long> committedBefore = new HashMap<>();
        entries.forEach((stream, entry) -> committedBefore.put(stream, entry.committedOffset()));
        CommitGroup group = CommitGroup.decide(batches, committedBefore);
        if (group.applied().isEmpty()) {
            // Batches that are not applied leave no trace, not even the ledger rows created to lock them.
            transaction.markForRollback();
            return Uni.createFrom().item(new Done(group, Map.of()));
        }
        Instant cutoff = clock.instant().minus(minuteRetention);
        List<List<SiteAggregate>> batchSites = group.applied().stream().map(batch -> batch.bySite().stream()
                .map(site -> site.withoutMinutesBefore(cutoff)).toList()).toList();
        return budgets.bound(session, batchSites)
                .chain(bounded -> writer.apply(session,
                        SiteAggregateSum.bySite(bounded.batches().stream().flatMap(List::stream).toList()),
                        bounded.newKeys()))
                .chain(rowsByTable -> moveOffsets(session, entries, committedBefore, group)
                        .replaceWith(new Done(group, rowsByTable)));
    }

    /** Moves the offsets of the streams a batch applied to, and removes the rows created only to lock the others. */
    private static Uni<Void> moveOffsets(Mutiny.Session session, Map<StreamKey, StreamLedgerEntry> entries,
            Map<StreamKey, Long> committedBefore, CommitGroup group) {
        Instant now = Instant.now();
        Uni<Void> moved = Uni.createFrom().voidItem();
        for (Map.Entry<StreamKey, Long> offset : group.committedOffsets().entrySet()) {
            StreamLedgerEntry entry = entries.get(offset.getKey());
            long before = committedBefore.get(offset.getKey());
            if (offset.getValue() != before) {
                entry.advanceTo(offset.getValue(), now);
            } else if (before == 0) {
                moved = moved.chain(() -> session.remove(entry));
            }
        }
        return moved;
    }

    /** Metrics after the commit, so that they never count what was rolled back. */
    private void record(Done done) {
        done.group().receipts().forEach(receipt -> metrics.record(receipt));
        metrics.record(done.rowsByTable());
        done.group().applied().forEach(batch -> batch.bySite().forEach(site -> metrics.record(SiteTraffic.of(site))));
    }

    /** A finished group with the rows it wrote per table, for the metrics. */
    private record Done(CommitGroup group, Map<String, Integer> rowsByTable) {
    }
}
