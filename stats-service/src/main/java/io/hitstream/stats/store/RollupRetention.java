package io.hitstream.stats.store;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Deletes rollup rows past their age, a bounded batch per statement: each statement locks at most that many
 * rows for the short time it runs, so commits that add to other rows never wait on it for long.
 */
@ApplicationScoped
public class RollupRetention {
    private static final String MINUTES = batch("minute_counts", "minute_start < ?1");
    private static final String MINUTE_SKETCHES = batch("sketches", "grain = 'MINUTE' AND period_start < ?1");
    private static final String HOURLY_TOTALS = perSite("hourly_totals", "hour_start < ?1");
    private static final String HOURLY_COUNTS = perSite("hourly_counts", "hour_start < ?1");
    private static final String HOUR_SKETCHES = perSite("sketches", "grain = 'HOUR' AND period_start < ?1");
    /** A batch of daily rows deleted, answered as the rows deleted per site-local month. */
    private static final String DAILY_COUNTS = "WITH deleted AS (" + batch("daily_counts", "local_date < ?1")
            + " RETURNING site, local_date) SELECT site, CAST(CAST(date_trunc('month', local_date) AS date) AS text),"
            + " CAST(count(*) AS integer) FROM deleted GROUP BY 1, 2";
    private static final String DAILY_BUDGETS = batch("daily_key_budgets", "local_date < ?1");
    private static final String DAY_SKETCHES = perSite("sketches", "grain = 'DAY' AND local_date < ?1");

    private final Mutiny.SessionFactory sessions;
    private final DirtyMonths dirtyMonths;
    private final SiteDataVersions versions;

    RollupRetention(Mutiny.SessionFactory sessions, DirtyMonths dirtyMonths, SiteDataVersions versions) {
        this.sessions = sessions;
        this.dirtyMonths = dirtyMonths;
        this.versions = versions;
    }

    /** Deletes minute counted keys and minute sketches that started before the cutoff; answers how many. */
    public Uni<Integer> deleteMinutesBefore(Instant cutoff, int batchRows) {
        Object start = cutoff.atOffset(ZoneOffset.UTC);
        return deleteAll(MINUTES, start, batchRows)
                .chain(counts -> deleteAll(MINUTE_SKETCHES, start, batchRows).map(sketches -> counts + sketches));
    }

    /** Deletes hourly totals, hourly counted keys and hour sketches of hours that started before the cutoff. */
    public Uni<Integer> deleteHoursBefore(Instant cutoff, int batchRows) {
        Object start = cutoff.atOffset(ZoneOffset.UTC);
        return deleteAllPerSite(HOURLY_TOTALS, start, batchRows)
                .chain(totals -> deleteAllPerSite(HOURLY_COUNTS, start, batchRows).map(counts -> totals + counts))
                .chain(rows -> deleteAllPerSite(HOUR_SKETCHES, start, batchRows).map(sketches -> rows + sketches));
    }

    /**
     * Deletes daily counted keys, their budgets and day sketches of local days before the cutoff day. Each batch of
     * daily rows marks its months dirty in its transaction, as a commit does, so that their monthly rows are read
     * again only once a fold has summed what is left of them (nothing, for a month wholly past the cutoff).
     */
    public Uni<Integer> deleteDaysBefore(LocalDate cutoff, int batchRows) {
        return deleteDailyCounts(cutoff, batchRows)
                .chain(counts -> deleteAll(DAILY_BUDGETS, cutoff, batchRows).map(budgets -> counts + budgets))
                .chain(counts -> deleteAllPerSite(DAY_SKETCHES, cutoff, batchRows).map(sketches -> counts + sketches));
    }

    /** Deletes batch after batch, each in its own transaction, until a batch finds fewer rows than its bound. */
    private Uni<Integer> deleteAll(String sql, Object cutoff, int batchRows) {
        return inBatches(batchRows, session -> session.createNativeQuery(sql)
                .setParameter(1, cutoff).setParameter(2, batchRows).executeUpdate());
    }

    /**
     * As {@link #deleteAll}, for rows a report reads: each batch moves the data versions of the sites it deleted from
     * in its transaction (see {@link SiteDataVersions}).
     */
    private Uni<Integer> deleteAllPerSite(String sql, Object cutoff, int batchRows) {
        return inBatches(batchRows, session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, cutoff).setParameter(2, batchRows).getResultList()
                .chain(sites -> versions.move(session, sites.stream().map(row -> (String) row[0]).toList())
                        .replaceWith(sites.stream().mapToInt(row -> ((Number) row[1]).intValue()).sum())));
    }

    /**
     * As {@link #deleteAllPerSite}, the months of each batch of daily rows also marked dirty in its transaction,
     * before the versions move.
     */
    private Uni<Integer> deleteDailyCounts(LocalDate cutoff, int batchRows) {
        return inBatches(batchRows, session -> session.createNativeQuery(DAILY_COUNTS, Object[].class)
                .setParameter(1, cutoff).setParameter(2, batchRows).getResultList()
                .chain(months -> dirtyMonths.mark(session, months.stream()
                                .map(DirtyMonths::monthOf).toList())
                        .chain(() -> versions.move(session, months.stream().map(row -> (String) row[0]).toList()))
                        .replaceWith(months.stream().mapToInt(row -> ((Number) row[2]).intValue()).sum())));
    }

    /** Runs the batch's transaction again and again until it deletes fewer rows than the bound. */
    private Uni<Integer> inBatches(int batchRows, Function<Mutiny.Session, Uni<Integer>> batch) {
        return sessions.withTransaction(batch)
                .chain(deleted -> deleted < batchRows
                        ? Uni.createFrom().item(deleted)
                        : inBatches(batchRows, batch).map(more -> deleted + more));
    }

    /** A batch's delete answered as the rows deleted per site. */
    private static String perSite(String table, String condition) {
        return "WITH deleted AS (" + batch(table, condition) + " RETURNING site)"
                + " SELECT site, CAST(count(*) AS integer) FROM deleted GROUP BY site";
    }

    private static String batch(String table, String condition) {
        return "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + condition
                + " LIMIT ?2)";
    }
}
