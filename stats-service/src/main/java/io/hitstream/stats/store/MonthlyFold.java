package io.hitstream.stats.store;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.stats.domain.DirtyMonth;
import io.hitstream.stats.domain.SiteMonth;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Folds dirty months of daily_counts into monthly_counts, one month per transaction: claims the month's mark, sums
 * its daily rows anew and records the month as folded. The claim skips a mark that a commit in progress holds, and
 * the sums are read by a statement after the claim (READ COMMITTED), so they see every commit that held the mark
 * before; a commit still to mark the month inserts a new mark once the fold ends.
 */
@ApplicationScoped
public class MonthlyFold {
    /** The oldest dirty months first, those before the cutoff only. */
    static final String DIRTY = "SELECT d.site, CAST(d.month_start AS text), COALESCE(v.version, 0)"
            + " FROM dirty_months d LEFT JOIN site_data_versions v ON v.site = d.site WHERE d.month_start < ?1"
            + " ORDER BY d.month_start, d.site LIMIT ?2";
    static final String CLAIM = "DELETE FROM dirty_months d USING (SELECT site, month_start FROM dirty_months"
            + " WHERE site = ?1 AND month_start = ?2 FOR UPDATE SKIP LOCKED) c"
            + " WHERE d.site = c.site AND d.month_start = c.month_start";
    static final String CLEAR = "DELETE FROM monthly_counts WHERE site = ?1 AND month_start = ?2";
    private static final String COUNTERS = "hits, bytes, status_2xx, status_3xx, status_4xx, status_5xx, slow,"
            + " latency_sum_micros, latency_count";
    /** The day-grain dimensions are named so that the primary key's (site, dimension, local_date) range is used. */
    static final String SUM = "INSERT INTO monthly_counts (site, dimension, month_start, key, key2, " + COUNTERS + ")"
            + " SELECT site, dimension, CAST(?2 AS date), key, key2, "
            + Arrays.stream(COUNTERS.split(", ")).map(counter -> "sum(" + counter + ")")
                    .collect(Collectors.joining(", "))
            + " FROM daily_counts WHERE site = ?1 AND dimension IN (" + dailyDimensions() + ")"
            + " AND local_date >= CAST(?2 AS date) AND local_date < CAST(?2 AS date) + interval '1 month'"
            + " GROUP BY site, dimension, key, key2";
    static final String RECORD = "INSERT INTO folded_months (site, month_start) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

    private final Mutiny.SessionFactory sessions;

    MonthlyFold(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Up to limit dirty months that started before the cutoff, oldest first, each with its site's data version. */
    public Uni<List<DirtyMonth>> dirtyBefore(LocalDate cutoff, int limit) {
        return sessions.withSession(session -> session.createNativeQuery(DIRTY, Object[].class)
                .setParameter(1, cutoff).setParameter(2, limit).getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new DirtyMonth(DirtyMonths.monthOf(row), ((Number) row[2]).longValue())).toList());
    }

    /** Folds the month in its own transaction; answers false when its mark was gone or held by a commit. */
    public Uni<Boolean> fold(SiteMonth month) {
        return sessions.withTransaction(session -> execute(session, CLAIM, month)
                .chain(claimed -> claimed == 0
                        ? Uni.createFrom().item(false)
                        : execute(session, CLEAR, month)
                                .chain(() -> execute(session, SUM, month))
                                .chain(() -> execute(session, RECORD, month))
                                .replaceWith(true)));
    }

    private static Uni<Integer> execute(Mutiny.Session session, String sql, SiteMonth month) {
        return session.createNativeQuery(sql).setParameter(1, month.site()).setParameter(2, month.monthStart())
                .executeUpdate();
    }

    private static String dailyDimensions() {
        return Arrays.stream(Dimension.values()).filter(dimension -> dimension.grain() == Grain.DAY)
                .map(dimension -> "'" + dimension.name() + "'").collect(Collectors.joining(", "));
    }
}
