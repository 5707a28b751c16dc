package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTableTest {
    private static final List<List<Object>> WEEK = List.of(
            List.of("Monday", 5L, 1L, 10L), List.of("Tuesday", 9L, 2L, 20L), List.of("Wednesday", 5L, 3L, 30L));

    @Test
    void sortedByANumberColumnTiesKeepThePanelsOrder() {
        PanelTable table = PanelTable.paged(Panel.WEEKDAYS,
                PanelOptions.parse(Panel.WEEKDAYS, "hits", null, null, null, null, false), WEEK);
        assertEquals(List.of("Tuesday", "Monday", "Wednesday"), table.rows().stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aPeriodColumnSortsInTimeOrderNotAsText() {
        PanelTable table = PanelTable.paged(Panel.WEEKDAYS,
                PanelOptions.parse(Panel.WEEKDAYS, "day", "desc", null, null, null, false), WEEK);
        assertEquals(List.of("Wednesday", "Tuesday", "Monday"), table.rows().stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aPageHoldsItsRowsAndCountsThemAll() {
        PanelTable table = PanelTable.paged(Panel.WEEKDAYS,
                PanelOptions.parse(Panel.WEEKDAYS, null, null, 2, 2, null, false), WEEK);
        assertEquals(List.of(List.of("Wednesday", 5L, 3L, 30L)), table.rows());
        assertEquals(3, table.totalRows());
        assertEquals(2, table.pageCount());
    }

    @Test
    void sizeAboveTheMaximumIsRefused() {
        InvalidPanelOptionException refused = assertThrows(InvalidPanelOptionException.class,
                () -> PanelOptions.parse(Panel.URLS, null, null, 1, 5000, null, false));
        assertEquals("size must be from 1 to 1000, not 5000; the CSV has every row", refused.getMessage());
    }

    @Test
    void dirTreeSortsByHitsOrByNameOnly() {
        assertEquals(DirTree.Order.NAME,
                PanelOptions.parse(Panel.DIR_TREE, "path", null, null, null, 3, false).treeOrder());
        assertEquals(DirTree.Order.REQUESTS,
                PanelOptions.parse(Panel.DIR_TREE, "hits", null, null, null, 3, false).treeOrder());
        InvalidPanelOptionException refused = assertThrows(InvalidPanelOptionException.class,
                () -> PanelOptions.parse(Panel.DIR_TREE, "bytes", null, null, null, 3, false));
        assertEquals("the Dir Tree sorts by hits or by path (name), not bytes", refused.getMessage());
    }

    @Test
    void directionOtherThanAscOrDescIsRefused() {
        assertThrows(InvalidPanelOptionException.class,
                () -> PanelOptions.parse(Panel.URLS, "hits", "sideways", null, null, null, false));
    }
}
