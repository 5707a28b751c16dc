package io.hitstream.stats.store;

import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.DailyHits;
import io.hitstream.stats.domain.HourCounters;
import io.hitstream.stats.domain.HourTotals;
import io.hitstream.stats.domain.RejectionCount;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Adds a batch's aggregate to the rollup tables: only additive upserts, so concurrent writers stay exact. */
@ApplicationScoped
public class RollupWriter {
    /** Keeps the widest statement (hourly: 10 parameters a row) under PostgreSQL's 65535 bind parameters. */
    static final int MAX_CHUNK_ROWS = 5000;

    private static final String INSERT_SITE =
            "INSERT INTO site (site, time_zone) VALUES (?1, ?2) ON CONFLICT (site) DO NOTHING";
    // Only a changed zone is written, so that the commits of one site do not all queue on its row's lock.
    private static final String UPDATE_SITE_ZONE =
            "UPDATE site SET time_zone = ?2 WHERE site = ?1 AND time_zone <> ?2";

    private static final MultiRowUpsert<HourTotals> HOURLY = new MultiRowUpsert<>("hourly_totals",
            List.of("hour_start", "local_date", "hits", "bytes",
                    "status_2xx", "status_3xx", "status_4xx", "status_5xx", "status_other"),
            "site, hour_start",
            "hits = t.hits + EXCLUDED.hits, bytes = t.bytes + EXCLUDED.bytes,"
                    + " status_2xx = t.status_2xx + EXCLUDED.status_2xx, status_3xx = t.status_3xx + EXCLUDED.status_3xx,"
                    + " status_4xx = t.status_4xx + EXCLUDED.status_4xx, status_5xx = t.status_5xx + EXCLUDED.status_5xx,"
                    + " status_other = t.status_other + EXCLUDED.status_other",
            RollupWriter::hourValues);
    private static final MultiRowUpsert<DailyHits> URL_HITS = new MultiRowUpsert<>("daily_url_hits",
            List.of("local_date", "url", "hits"), "site, local_date, url", "hits = t.hits + EXCLUDED.hits",
            RollupWriter::dailyValues);
    private static final MultiRowUpsert<DailyHits> CLIENT_DOMAIN_HITS = new MultiRowUpsert<>("daily_client_domain_hits",
            List.of("local_date", "domain", "hits"), "site, local_date, domain", "hits = t.hits + EXCLUDED.hits",
            RollupWriter::dailyValues);
    private static final MultiRowUpsert<RejectionCount> REJECTIONS = new MultiRowUpsert<>("rejections",
            List.of("reason", "lines", "sample"), "site, reason",
            "lines = t.lines + EXCLUDED.lines, sample = EXCLUDED.sample, last_seen = now()",
            rejection -> List.of(rejection.reason(), rejection.lines(), rejection.sample()));
    private static final MultiRowUpsert<RejectionCount> LINE_REPAIRS = new MultiRowUpsert<>("line_repairs",
            List.of("reason", "lines", "sample"), "site, reason",
            "lines = t.lines + EXCLUDED.lines, sample = EXCLUDED.sample, last_seen = now()",
            repair -> List.of(repair.reason(), repair.lines(), repair.sample()));
    private static final RecentSamples REJECTION_SAMPLES = new RecentSamples("rejection_samples");
    private static final RecentSamples REPAIR_SAMPLES = new RecentSamples("repair_samples");

    private final int chunkRows;

    RollupWriter(StatsConfig config) {
        if (config.upsertChunkRows() < 1 || config.upsertChunkRows() > MAX_CHUNK_ROWS) {
            throw new IllegalArgumentException("hitstream.stats.upsert-chunk-rows must be between 1 and "
                    + MAX_CHUNK_ROWS + ", got " + config.upsertChunkRows());
        }
        this.chunkRows = config.upsertChunkRows();
    }

    /**
     * Records the site and its zone, then adds the aggregate's rows, table by table in a fixed order and each
     * table's rows in key order, each reason's samples right after its counter; answers the rows written per table.
     */
    public Uni<Map<String, Integer>> apply(Mutiny.Session session, BatchAggregate aggregate) {
        String site = aggregate.stream().site();
        Map<String, Integer> rowsByTable = new LinkedHashMap<>();
        return upsertSite(session, site, aggregate.timeZone().getId())
                .chain(() -> upsert(session, site, HOURLY, aggregate.hourly(), rowsByTable))
                .chain(() -> upsert(session, site, URL_HITS, aggregate.urlHits(), rowsByTable))
                .chain(() -> upsert(session, site, CLIENT_DOMAIN_HITS, aggregate.clientDomainHits(), rowsByTable))
                .chain(() -> upsert(session, site, REJECTIONS, aggregate.rejections(), rowsByTable))
                .chain(() -> addSamples(session, site, REJECTION_SAMPLES, aggregate.rejections(), rowsByTable))
                .chain(() -> upsert(session, site, LINE_REPAIRS, aggregate.repairs(), rowsByTable))
                .chain(() -> addSamples(session, site, REPAIR_SAMPLES, aggregate.repairs(), rowsByTable))
                .replaceWith(rowsByTable);
    }

    private Uni<Integer> upsertSite(Mutiny.Session session, String site, String timeZone) {
        return session.createNativeQuery(INSERT_SITE).setParameter(1, site).setParameter(2, timeZone).executeUpdate()
                .chain(() -> session.createNativeQuery(UPDATE_SITE_ZONE)
                        .setParameter(1, site).setParameter(2, timeZone).executeUpdate());
    }

    private <R> Uni<Integer> upsert(Mutiny.Session session, String site, MultiRowUpsert<R> upsert, List<R> rows,
            Map<String, Integer> rowsByTable) {
        return upsert.execute(session, site, rows, chunkRows)
                .invoke(count -> rowsByTable.put(upsert.table(), count));
    }

    private static Uni<Integer> addSamples(Mutiny.Session session, String site, RecentSamples samples,
            List<RejectionCount> counts, Map<String, Integer> rowsByTable) {
        return samples.add(session, site, counts).invoke(count -> rowsByTable.put(samples.table(), count));
    }

    private static List<Object> hourValues(HourTotals hour) {
        HourCounters counters = hour.counters();
        return List.of(hour.hourStart().atOffset(ZoneOffset.UTC), hour.localDate(), counters.hits(), counters.bytes(),
                counters.status2xx(), counters.status3xx(), counters.status4xx(), counters.status5xx(),
                counters.statusOther());
    }

    private static List<Object> dailyValues(DailyHits hits) {
        return List.of(hits.localDate(), hits.key(), hits.hits());
    }
}
