package io.hitstream.stats.store;

import io.hitstream.stats.domain.SiteMonth;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Marks the months whose daily rows a transaction changes as dirty, in that transaction, so that their monthly rows
 * are not read until a fold has summed them again. A month stays held until the transaction ends: either its mark
 * is the transaction's own insert, which no fold sees before the commit, or the transaction holds a FOR KEY SHARE lock
 * on the existing mark, which the fold's claim skips. Commits of a month share that lock, so they do not queue on it.
 */
@ApplicationScoped
public class DirtyMonths {
    /**
     * Inserts the mark or locks the existing one; both halves see the statement's snapshot, so a mark a fold deleted
     * meanwhile, or another commit inserted, is neither: the answer is then 0 and the statement runs again.
     */
    static final String HOLD = "WITH inserted AS (INSERT INTO dirty_months (site, month_start) VALUES (?1, ?2)"
            + " ON CONFLICT DO NOTHING RETURNING 1),"
            + " held AS (SELECT 1 FROM dirty_months WHERE site = ?1 AND month_start = ?2 FOR KEY SHARE)"
            + " SELECT CAST((SELECT count(*) FROM inserted) AS integer), CAST((SELECT count(*) FROM held) AS integer)";

    /** Holds each month's mark, in {@link SiteMonth#ORDER}, until the session's transaction ends. */
    public Uni<Void> mark(Mutiny.Session session, Iterable<SiteMonth> months) {
        List<SiteMonth> ordered = SiteMonth.distinctInOrder(months);
        Uni<Void> held = Uni.createFrom().voidItem();
        for (SiteMonth month : ordered) {
            held = held.chain(() -> hold(session, month));
        }
        return held;
    }

    /** The month of a row that names it by site and first day as text, as the fold's and retention's reads do. */
    static SiteMonth monthOf(Object[] row) {
        return new SiteMonth((String) row[0], LocalDate.parse((String) row[1]));
    }

    private static Uni<Void> hold(Mutiny.Session session, SiteMonth month) {
        return session.createNativeQuery(HOLD, Object[].class)
                .setParameter(1, month.site()).setParameter(2, month.monthStart())
                .getSingleResult()
                .chain(row -> ((Number) row[0]).intValue() + ((Number) row[1]).intValue() > 0
                        ? Uni.createFrom().voidItem()
                        : hold(session, month));
    }
}
