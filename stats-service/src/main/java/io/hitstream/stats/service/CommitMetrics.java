package io.hitstream.stats.service;

import io.hitstream.stats.domain.CommitOutcome;
import io.hitstream.stats.domain.CommitReceipt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts commits by outcome ({@code hitstream_stats_commits_total}) and the rollup rows they upserted. */
@ApplicationScoped
public class CommitMetrics {
    private final MeterRegistry registry;
    private final Map<CommitOutcome, Counter> commits = new EnumMap<>(CommitOutcome.class);

    CommitMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front so that every outcome is scraped, at zero, before it first happens.
        for (CommitOutcome outcome : CommitOutcome.values()) {
            commits.put(outcome, registry.counter("hitstream.stats.commits",
                    "status", outcome.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Records a finished commit; rowsByTable is empty unless it was applied. */
    void record(CommitReceipt receipt, Map<String, Integer> rowsByTable) {
        commits.get(receipt.outcome()).increment();
        rowsByTable.forEach((table, rows) ->
                registry.counter("hitstream.stats.rows.upserted", "table", table).increment(rows));
    }
}
