package io.hitstream.report.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live page's and the weekly archive's queries each read or write one site ({@code site = $1}, or its insert's
 * first value), so that on Citus each goes to the one shard of that site, as {@link SiteScopedQueriesTest} keeps the
 * report's (README, "Operating at scale").
 */
class LiveAndArchiveQueriesTest {

    @ParameterizedTest
    @ValueSource(classes = {LiveReader.class, ArchiveStore.class})
    void everyQueryNamesOneSite(Class<?> store) throws IllegalAccessException {
        for (Field field : store.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                String sql = (String) field.get(null);
                assertTrue(sql.contains("site = $1") || sql.matches("(?s)\\s*INSERT INTO \\w+ \\(site, .*VALUES \\(\\$1, .*"),
                        store.getSimpleName() + "." + field.getName() + " names one site: " + sql);
            }
        }
    }
}
