package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every query report runs reads one site ({@code site = $1}), so that on Citus each goes to the one shard holding
 * that site (README, "Operating at scale"). The sites list alone spans every site: on Citus it runs on all shards.
 */
class SiteScopedQueriesTest {
    private static final String ONE_SITE = "site = $1";

    @Test
    void everyQueryButTheSitesListFiltersOnOneSite() throws IllegalAccessException {
        Map<String, Boolean> scoped = new TreeMap<>();
        for (Field field : RollupReader.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                String sql = (String) field.get(null);
                scoped.put(field.getName(), sql.contains(ONE_SITE));
            }
        }

        assertEquals(Map.of("SITES", false, "SPAN", true, "DAYS", true, "TOP_URLS", true, "TOP_DOMAINS", true,
                "REJECTIONS", true, "REPAIRS", true), scoped);
    }
}
