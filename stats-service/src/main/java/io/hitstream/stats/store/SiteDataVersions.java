package io.hitstream.stats.store;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Moves the data version of each site whose rollups a transaction changes (site_data_versions), in that transaction:
 * report serves an answer it keeps only while its site's version is the one it was read at. One statement, its rows in
 * site order, so that concurrent transactions lock the sites' version rows in the same order and cannot deadlock;
 * run last, so that a row is held only from then to the commit.
 */
@ApplicationScoped
public class SiteDataVersions {
    /** The upsert of {@code count} sites, numbered ?1 to ?count. */
    static String move(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "(?" + n + ", 1)")
                .collect(Collectors.joining(", ", "INSERT INTO site_data_versions AS v (site, version) VALUES ",
                        " ON CONFLICT (site) DO UPDATE SET version = v.version + 1"));
    }

    /** Moves the versions of the sites (repeats ignored). */
    public Uni<Void> move(Mutiny.Session session, Collection<String> sites) {
        List<String> ordered = sites.stream().distinct().sorted().toList();
        if (ordered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Mutiny.Query<Object> statement = session.createNativeQuery(move(ordered.size()));
        for (int n = 0; n < ordered.size(); n++) {
            statement.setParameter(n + 1, ordered.get(n));
        }
        return statement.executeUpdate().replaceWithVoid();
    }
}
