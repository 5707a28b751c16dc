package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirTreeTest {
    private static final List<KeyRow> URLS = List.of(
            url("/", 2), url("/docs/", 3), url("/docs/guide/intro.html", 5), url("/docs/guide/setup.html", 4),
            url("/docs/logo.png", 7), url("/blog/post", 6), url("/about", 1));

    @Test
    void everyDirectoryTotalsItsWholeSubtree() {
        DirNode root = DirTree.of(URLS, 3, DirTree.Order.REQUESTS, false);
        assertEquals(28, root.hits());
        assertEquals(List.of(row("/docs/", 1, 19), row("/docs/guide/", 2, 9), row("/docs/guide/intro.html", 3, 5),
                        row("/docs/guide/setup.html", 3, 4), row("/docs/logo.png", 2, 7),
                        row("/blog/", 1, 6), row("/blog/post", 2, 6), row("/about", 1, 1)),
                rows(root));
    }

    @Test
    void aDirectoryRequestedItselfCountsInItsTotal() {
        DirNode docs = DirTree.of(URLS, 1, DirTree.Order.REQUESTS, false).children().get(0);
        assertEquals("/docs/", docs.path());
        assertEquals(19, docs.hits());
    }

    @Test
    void depthCutsTheTreeAndKeepsTheTotals() {
        DirNode root = DirTree.of(URLS, 1, DirTree.Order.REQUESTS, false);
        assertEquals(List.of(row("/docs/", 1, 19), row("/blog/", 1, 6), row("/about", 1, 1)), rows(root));
        assertTrue(root.children().get(0).children().isEmpty());
    }

    @Test
    void byNameSortsEveryLevelInCodePointOrder() {
        DirNode root = DirTree.of(URLS, 2, DirTree.Order.NAME, false);
        assertEquals(List.of("/about", "/blog/", "/blog/post", "/docs/", "/docs/guide/", "/docs/logo.png"),
                DirTree.flatten(root).stream().map(DirNode::path).toList());
    }

    @Test
    void htmlPagesOnlyLeavesAssetsOut() {
        DirNode root = DirTree.of(URLS, 1, DirTree.Order.REQUESTS, true);
        assertEquals(List.of(row("/docs/", 1, 12), row("/blog/", 1, 6), row("/about", 1, 1)), rows(root));
    }

    @Test
    void htmlPagesAreDirectoriesPathsWithoutExtensionAndHtmlExtensions() {
        assertTrue(DirTree.isHtmlPage("/docs/"));
        assertTrue(DirTree.isHtmlPage("/blog/post"));
        assertTrue(DirTree.isHtmlPage("/a.v2/index.HTML"));
        assertTrue(DirTree.isHtmlPage("/cart.php"));
        assertFalse(DirTree.isHtmlPage("/docs/logo.png"));
        assertFalse(DirTree.isHtmlPage("/app.js"));
    }

    private static List<List<Object>> rows(DirNode root) {
        return DirTree.flatten(root).stream().map(node -> row(node.path(), node.depth(), node.hits())).toList();
    }

    private static List<Object> row(String path, int depth, long hits) {
        return List.of(path, depth, hits);
    }

    private static KeyRow url(String path, long hits) {
        return new KeyRow(path, "", hits, hits * 100, 0, 0, 0);
    }
}
