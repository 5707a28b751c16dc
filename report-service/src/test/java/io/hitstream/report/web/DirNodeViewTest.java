package io.hitstream.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.DirNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirNodeViewTest {
    private static final DirNode ROOT = new DirNode("/", "/", 0, 21, 0, List.of(
            directory("docs/", 12, leaf("a", 5), leaf("b", 4), leaf("c", 2), leaf("d", 1)),
            leaf("x", 6), leaf("y", 2), leaf("z", 1)));

    @Test
    void eachDirectoryShowsItsFirstEntriesAndCountsTheRest() {
        DirNodeView shown = DirNodeView.of(ROOT, 2);
        assertEquals(new DirNodeView("/", 21, List.of(
                        new DirNodeView("docs/", 12, List.of(view("a", 5), view("b", 4)), 2),
                        view("x", 6)), 2),
                shown);
    }

    @Test
    void aDirectoryWithNoMoreEntriesThanShownHasNoneMore() {
        DirNodeView shown = DirNodeView.of(ROOT, 4);
        assertEquals(0, shown.children().get(0).more());
        assertEquals(4, shown.children().get(0).children().size());
        assertEquals(0, shown.more());
    }

    @Test
    void theWholeTreeShowsEveryEntry() {
        DirNodeView whole = DirNodeView.whole(ROOT);
        assertEquals(List.of("docs/", "x", "y", "z"), whole.children().stream().map(DirNodeView::name).toList());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), List.of(whole.more(), whole.children().get(0).more(),
                whole.children().get(1).more(), whole.children().get(2).more(), whole.children().get(3).more()));
    }

    private static DirNode directory(String name, long hits, DirNode... children) {
        return new DirNode(name, "/" + name, 1, hits, 0, List.of(children));
    }

    private static DirNode leaf(String name, long hits) {
        return new DirNode(name, "/" + name, 1, hits, 0, List.of());
    }

    private static DirNodeView view(String name, long hits) {
        return new DirNodeView(name, hits, List.of(), 0);
    }
}
