package io.hitstream.stats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiRowUpsertTest {
    @Test
    void statementHoldsOnlyPlaceholdersWithTheSiteSharedByEveryRow() {
        MultiRowUpsert<String> upsert = new MultiRowUpsert<>("daily_url_hits", List.of("local_date", "url", "hits"),
                "site, local_date, url", "hits = t.hits + EXCLUDED.hits", url -> List.of(url));

        assertEquals("INSERT INTO daily_url_hits AS t (site, local_date, url, hits)"
                + " VALUES (?1, ?2, ?3, ?4), (?1, ?5, ?6, ?7)"
                + " ON CONFLICT (site, local_date, url) DO UPDATE SET hits = t.hits + EXCLUDED.hits", upsert.sql(2));
    }
}
