package io.hitstream.stats.store;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Deletes rollup rows past their age, a bounded batch per statement: each statement locks at most that many
 * rows for the short time it runs, so commits that add to other rows never wait on it for long.
 */
@ApplicationScoped
public class RollupRetention {
    private static final String MINUTES = batch("minute_counts", "minute_start < ?1");
    private static final String MINUTE_SKETCHES = batch("sketches", "grain = 'MINUTE' AND period_start < ?1");
    private static final String HOURLY_TOTALS = batch("hourly_totals", "hour_start < ?1");
    private static final String HOURLY_COUNTS = batch("hourly_counts", "hour_start < ?1");
    private static final String HOUR_SKETCHES = batch("sketches", "grain = 'HOUR' AND period_start < ?1");
    private static final String DAILY_COUNTS = batch("daily_counts", "local_date < ?1");
    private static final String DAILY_BUDGETS = batch("daily_key_budgets", "local_date < ?1");
    private static final String DAY_SKETCHES = batch("sketches", "grain = 'DAY' AND local_date < ?1");

    private final Mutiny.SessionFactory sessions;

    RollupRetention(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
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
        return deleteAll(HOURLY_TOTALS, start, batchRows)
                .chain(totals -> deleteAll(HOURLY_COUNTS, start, batchRows).map(counts -> totals + counts))
                .chain(rows -> deleteAll(HOUR_SKETCHES, start, batchRows).map(sketches -> rows + sketches));
    }

    /** Deletes daily counted keys, their budgets and day sketches of local days before the cutoff day. */
    public Uni<Integer> deleteDaysBefore(LocalDate cutoff, int batchRows) {
        return deleteAll(DAILY_COUNTS, cutoff, batchRows)
                .chain(counts -> deleteAll(DAILY_BUDGETS, cutoff, batchRows).map(budgets -> counts + budgets))
                .chain(counts -> deleteAll(DAY_SKETCHES, cutoff, batchRows).map(sketches -> counts + sketches));
    }

    /** Deletes batch after batch, each in its own transaction, until a batch finds fewer rows than its bound. */
    private Uni<Integer> deleteAll(String sql, Object cutoff, int batchRows) {
        return sessions.withTransaction(session -> session.createNativeQuery(sql)
                        .setParameter(1, cutoff).setParameter(2, batchRows).executeUpdate())
                .chain(deleted -> deleted < batchRows
                        ? Uni.createFrom().item(deleted)
                        : deleteAll(sql, cutoff, batchRows).map(more -> deleted + more));
    }

    private static String batch(String table, String condition) {
        return "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + condition
                + " LIMIT ?2)";
    }
}
