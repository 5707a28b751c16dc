package io.hitstream.stats.store;

import io.hitstream.stats.domain.CommitOutcome;
import io.hitstream.stats.domain.CommitReceipt;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/** Counts commits by outcome ({@code hitstream_stats_commits_total}) and the rollup rows they upserted. */
@ApplicationScoped
public class CommitMetrics {
    private final MeterRegistry registry;

    CommitMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records a finished commit; rowsByTable is empty unless it was applied. */
    void record(CommitReceipt receipt, Map<String, Integer> rowsByTable) {
        registry.counter("hitstream.stats.commits", "status", statusTag(receipt.outcome())).increment();
        rowsByTable.forEach((table, rows) ->
                registry.counter("hitstream.stats.rows.upserted", "table", table).increment(rows));
    }

    private static String statusTag(CommitOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
