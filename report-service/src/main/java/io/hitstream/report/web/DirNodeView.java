package io.hitstream.report.web;

import io.hitstream.report.domain.DirNode;
import java.util.List;

/**
 * A directory or page of a Dir Tree as a page shows it: a directory with its first entries (in the tree's order) and
 * the count of those left out, which the Dir Tree panel shows.
 *
 * @param more the entries of this directory not among {@code children}
 */
public record DirNodeView(String name, long hits, List<DirNodeView> children, long more) {
    /**
     * Entries per directory on the site page: a site whose thousands of paths sit in one directory made a page of
     * hundreds of KB that took longer to render than its panels to read.
     */
    static final int SITE_PAGE_ENTRIES = 10;

    /** The node with at most {@code entries} entries in each of its directories. */
    static DirNodeView of(DirNode node, int entries) {
        List<DirNode> children = node.children();
        List<DirNodeView> shown = children.stream().limit(entries).map(child -> of(child, entries)).toList();
        return new DirNodeView(node.name(), node.hits(), shown, children.size() - shown.size());
    }

    /** The whole tree, every entry shown. */
    static DirNodeView whole(DirNode node) {
        return of(node, Integer.MAX_VALUE);
    }
}
