package io.hitstream.stats.service;

import io.hitstream.stats.domain.CommitOutcome;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.SiteTraffic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts commits by outcome ({@code hitstream_stats_commits_total}) and the rollup rows they upserted, and per
 * site what committed batches counted (pmdaweblog's metrics): {@code hitstream_site_requests_total} by method,
 * {@code hitstream_site_responses_total} by status class, {@code hitstream_site_responses_by_size_total} by size
 * bin, {@code hitstream_site_bytes_total}, {@code hitstream_site_rejected_lines_total}. Labels are the site and
 * fixed sets of values only, never keys such as URLs.
 */
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

    /** Records a finished commit of a batch. */
    void record(CommitReceipt receipt) {
        commits.get(receipt.outcome()).increment();
    }

    /** Records the rows a committed transaction upserted per table. */
    void record(Map<String, Integer> rowsByTable) {
        rowsByTable.forEach((table, rows) ->
                registry.counter("hitstream.stats.rows.upserted", "table", table).increment(rows));
    }

    /** Adds what a committed batch counted to its site's metrics. */
    void record(SiteTraffic traffic) {
        String site = traffic.site();
        traffic.requestsByMethod().forEach((method, hits) ->
                registry.counter("hitstream.site.requests", "site", site, "method", method).increment(hits));
        traffic.responsesByStatusClass().forEach((statusClass, hits) -> registry.counter(
                "hitstream.site.responses", "site", site, "status_class", statusClass).increment(hits));
        traffic.responsesBySizeBin().forEach((bin, hits) ->
                registry.counter("hitstream.site.responses.by.size", "site", site, "bin", bin).increment(hits));
        registry.counter("hitstream.site.bytes", "site", site).increment(traffic.bytes());
        registry.counter("hitstream.site.rejected.lines", "site", site).increment(traffic.rejectedLines());
    }
}
