package io.hitstream.stats.service;

import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitOutcome;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.SiteTraffic;
import io.hitstream.stats.domain.StreamKey;
import io.hitstream.stats.store.DailyKeyBudgets;
import io.hitstream.stats.store.RollupWriter;
import io.hitstream.stats.store.StreamLedger;
import io.hitstream.stats.store.StreamLedgerEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Commits batch aggregates exactly once per stream offset: one transaction locks the stream's ledger row,
 * decides from its committed offset, and only for a batch that starts there adds the rows and moves the offset.
 * Minute rows already past the minute retention at commit time are not written: the retention would delete them.
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

    AggregateCommitter(Mutiny.SessionFactory sessions, StreamLedger ledger, RollupWriter writer, DailyKeyBudgets budgets,
            CommitMetrics metrics, Clock clock, StatsConfig config) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.writer = writer;
        this.budgets = budgets;
        this.metrics = metrics;
        this.clock = clock;
        this.minuteRetention = config.retention().minute();
    }

    /** Applies the aggregate if it starts at its stream's committed offset; answers once that is committed. */
    public Uni<CommitReceipt> commit(BatchAggregate aggregate) {
        return sessions.withTransaction((session, transaction) -> ledger.lock(session, aggregate.stream())
                        .chain(entry -> decide(session, transaction, entry, aggregate)))
                .invoke(done -> record(done, aggregate))
                .map(Done::receipt);
    }

    /** The stream's committed offset, 0 for a stream never committed. */
    public Uni<Long> committedOffset(StreamKey stream) {
        return sessions.withSession(session -> ledger.committedOffset(session, stream));
    }

    /** Metrics after the commit, so that they never count what was rolled back. */
    private void record(Done done, BatchAggregate aggregate) {
        metrics.record(done.receipt(), done.rowsByTable());
        if (done.receipt().outcome() == CommitOutcome.COMMITTED) {
            aggregate.bySite().forEach(site -> metrics.record(SiteTraffic.of(site)));
        }
    }

    private Uni<Done> decide(Mutiny.Session session, Mutiny.Transaction transaction, StreamLedgerEntry entry,
            BatchAggregate aggregate) {
        CommitOutcome outcome = CommitOutcome.of(entry.committedOffset(), aggregate.startOffset(), aggregate.endOffset());
        if (outcome != CommitOutcome.COMMITTED) {
            // A batch that is not applied leaves no trace, not even the ledger row created to lock it.
            transaction.markForRollback();
            return Uni.createFrom().item(new Done(new CommitReceipt(outcome, entry.committedOffset()), Map.of()));
        }
        BatchAggregate kept = aggregate.withoutMinutesBefore(clock.instant().minus(minuteRetention));
        return budgets.bound(session, kept).chain(bounded -> writer.apply(session, bounded)).map(rowsByTable -> {
            entry.advanceTo(aggregate.endOffset(), Instant.now());
            return new Done(new CommitReceipt(outcome, aggregate.endOffset()), rowsByTable);
        });
    }

    /** A finished commit with the rows it wrote per table, for the metrics. */
    private record Done(CommitReceipt receipt, Map<String, Integer> rowsByTable) {
    }
}
