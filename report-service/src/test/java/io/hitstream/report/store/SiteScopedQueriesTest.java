package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every query report runs reads one site ({@code site = $1}), so that on Citus each goes to the one shard holding
 * that site (README, "Operating at scale"); the panels' key pages (KeyPageQuery) too. The sites list alone spans
 * every site: on Citus it runs on all shards.
 */
class SiteScopedQueriesTest {
    private static final String ONE_SITE = "site = $1";

    @Test
    void everyQueryButTheSitesListFiltersOnOneSite() throws IllegalAccessException {
        Set<String> queries = new TreeSet<>();
        Set<String> spanningSites = new TreeSet<>();
        List<Field> fields = new ArrayList<>(List.of(RollupReader.class.getDeclaredFields()));
        fields.addAll(List.of(KeyPageQuery.class.getDeclaredFields()));
        for (Field field : fields) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                queries.add(field.getName());
                String sql = (String) field.get(null);
                // A key page's template takes its FROM source (DAILY or HOURLY), which filters: checked below.
                if (!sql.contains(ONE_SITE) && !sql.contains("FROM %s")) {
                    spanningSites.add(field.getName());
                }
            }
        }

        assertEquals(Set.of("COUNT", "DAILY", "DAYS", "DAY_VISITORS", "HOURLY", "HOURS", "HOUR_LATENCIES", "REASONS",
                "REJECTIONS", "REPAIRS",
                "SELECT", "SITES", "SITE_DAYS", "SPAN", "TOP_KEYS"), queries);
        assertEquals(Set.of("SITES"), spanningSites);
    }

    @Test
    void everyKeyPageStatementFiltersOnOneSite() {
        for (String source : List.of(KeyPageQuery.DAILY, KeyPageQuery.HOURLY)) {
            assertTrue(KeyPageQuery.page(source, null, true).contains(ONE_SITE));
            assertTrue(KeyPageQuery.count(source).contains(ONE_SITE));
        }
    }
}
