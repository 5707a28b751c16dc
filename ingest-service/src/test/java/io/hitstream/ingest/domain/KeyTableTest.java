package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTableTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void findsAKeyByEqualPartsNotTheSameStrings() {
        KeyTable table = new KeyTable(4);
        CountedKey added = table.add(Dimension.URL, 0, DAY, "/index.html", "", new Counters());

        assertSame(added, table.find(Dimension.URL, 0, LocalDate.of(2026, 12, 6), new String("/index.html"), ""));
    }

    @Test
    void findsNoKeyThatDiffersInAnyPart() {
        KeyTable table = new KeyTable(4);
        table.add(Dimension.SECTION, 60, DAY, "/blog", "x", new Counters());

        assertNull(table.find(Dimension.URL, 60, DAY, "/blog", "x"));
        assertNull(table.find(Dimension.SECTION, 120, DAY, "/blog", "x"));
        assertNull(table.find(Dimension.SECTION, 60, DAY.plusDays(1), "/blog", "x"));
        assertNull(table.find(Dimension.SECTION, 60, DAY, "/blog/", "x"));
        assertNull(table.find(Dimension.SECTION, 60, DAY, "/blog", ""));
    }

    @Test
    void growsPastItsExpectedSizeKeepingEveryKeyInTheOrderAdded() {
        KeyTable table = new KeyTable(2);
        for (int i = 0; i < 100; i++) {
            table.add(Dimension.URL, 0, DAY, "/page/" + i, "", new Counters());
        }

        assertEquals(100, table.size());
        assertEquals("/page/57", table.find(Dimension.URL, 0, DAY, "/page/57", "").key());
        assertEquals(List.of("/page/0", "/page/1", "/page/99"),
                List.of(table.keys().get(0).key(), table.keys().get(1).key(), table.keys().get(99).key()));
    }
}
