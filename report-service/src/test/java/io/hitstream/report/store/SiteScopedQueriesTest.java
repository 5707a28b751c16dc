package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every query report runs reads one site ({@code site = $1}), so that on Citus each goes to the one shard holding
 * that site (README, "Operating at scale"). The sites list alone spans every site: on Citus it runs on all shards.
 */
class SiteScopedQueriesTest {
    private static final String ONE_SITE = "site = $1";

    @Test
    void everyQueryButTheSitesListFiltersOnOneSite() throws IllegalAccessException {
        Set<String> queries = new TreeSet<>();
        Set<String> spanningSites = new TreeSet<>();
        for (Field field : RollupReader.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                queries.add(field.getName());
                if (!((String) field.get(null)).contains(ONE_SITE)) {
                    spanningSites.add(field.getName());
                }
            }
        }

        assertEquals(Set.of("DAYS", "DAY_VISITORS", "REJECTIONS", "REPAIRS", "SITES", "SPAN", "TOP_KEYS"), queries);
        assertEquals(Set.of("SITES"), spanningSites);
    }
}
