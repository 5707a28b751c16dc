package io.hitstream.stats.store;

import io.hitstream.rollups.RollupLimits;
import io.hitstream.stats.domain.RejectionCount;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The most recent sample lines per site and reason in one samples table: adds a batch's samples, then deletes all but
 * the newest {@link RollupLimits#MAX_SAMPLES} of each reason it added to, in the commit's transaction. Run after
 * the reason's counter row was upserted, whose lock keeps concurrent commits of the same reason in turn.
 */
final class RecentSamples {
    private final String table;
    private final String trim;

    RecentSamples(String table) {
        this.table = table;
        this.trim = "DELETE FROM " + table + " WHERE site = ?1 AND reason = ?2 AND id < (SELECT min(id) FROM (SELECT id FROM "
                + table + " WHERE site = ?1 AND reason = ?2 ORDER BY id DESC LIMIT " + RollupLimits.MAX_SAMPLES + ") newest)";
    }

    String table() {
        return table;
    }

    /** Adds the samples of every reason, in file order, and trims each reason; answers how many samples were added. */
    Uni<Integer> add(Mutiny.Session session, String site, List<RejectionCount> counts) {
        Uni<Integer> added = Uni.createFrom().item(0);
        for (RejectionCount count : counts) {
            added = added.chain(sum -> insert(session, site, count)
                    .chain(inserted -> trim(session, site, count.reason()).replaceWith(sum + inserted)));
        }
        return added;
    }

    private Uni<Integer> insert(Mutiny.Session session, String site, RejectionCount count) {
        String sql = IntStream.range(0, count.samples().size())
                .mapToObj(i -> "(?1, ?2, ?" + (i + 3) + ")")
                .collect(Collectors.joining(", ", "INSERT INTO " + table + " (site, reason, sample) VALUES ", ""));
        Mutiny.Query<Object> query = session.createNativeQuery(sql).setParameter(1, site).setParameter(2, count.reason());
        for (int i = 0; i < count.samples().size(); i++) {
            query.setParameter(i + 3, count.samples().get(i));
        }
        return query.executeUpdate();
    }

    private Uni<Integer> trim(Mutiny.Session session, String site, String reason) {
        return session.createNativeQuery(trim).setParameter(1, site).setParameter(2, reason).executeUpdate();
    }
}
