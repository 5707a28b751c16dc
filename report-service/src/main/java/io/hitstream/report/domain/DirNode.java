package io.hitstream.report.domain;

import java.util.List;

/**
 * One directory or page of a {@link DirTree}.
 *
 * @param name the last path segment, with a trailing slash for a directory ("/" for the root)
 * @param path the full path, a directory's ending in a slash
 * @param hits requests of this path and, for a directory, of every path under it
 * @param children the directories and pages directly under a directory, in the tree's order; cut at its depth
 */
public record DirNode(String name, String path, int depth, long hits, long bytes, List<DirNode> children) {

    public DirNode {
        children = List.copyOf(children);
    }
}
