package io.hitstream.report.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * webstats' Dir Tree: a site's URLs as a tree of directories, each with the totals of its whole subtree, cut at a
 * depth (deeper paths count in their ancestor at that depth) and sorted by requests or by name at every level.
 */
public final class DirTree {
    /** The deepest tree shown. */
    public static final int MAX_DEPTH = 16;
    /** Extensions of the pages the "HTML pages only" filter keeps, besides paths without extension. */
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml", "php", "asp",
            "aspx", "jsp");

    private static final Comparator<DirNode> BY_NAME = Comparator.comparing(DirNode::name);
    private static final Comparator<DirNode> BY_REQUESTS = Comparator.comparingLong(DirNode::hits).reversed()
            .thenComparing(BY_NAME);

    /** How the tree is ordered at each level. */
    public enum Order { REQUESTS, NAME }

    private DirTree() {
    }

    /** The tree of the URLs' hits and bytes, root "/" at depth 0, its children at depth 1 to {@code maxDepth}. */
    public static DirNode of(List<KeyRow> urls, int maxDepth, Order order, boolean htmlOnly) {
        Branch root = new Branch("/", "/");
        for (KeyRow url : urls) {
            if (!htmlOnly || isHtmlPage(url.key())) {
                root.add(url.key(), segments(url.key()), 0, url.hits(), url.bytes());
            }
        }
        return root.freeze(0, maxDepth, order);
    }

    /** The tree's nodes below the root in display order, each once: the rows of its table and CSV. */
    public static List<DirNode> flatten(DirNode root) {
        List<DirNode> rows = new ArrayList<>();
        root.children().forEach(child -> addWithDescendants(child, rows));
        return rows;
    }

    /** Whether a path is an HTML page: a directory, a name without extension, or an HTML-producing extension. */
    public static boolean isHtmlPage(String path) {
        int segment = path.lastIndexOf('/') + 1;
        int dot = path.lastIndexOf('.');
        return dot < segment || HTML_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void addWithDescendants(DirNode node, List<DirNode> rows) {
        rows.add(node);
        node.children().forEach(child -> addWithDescendants(child, rows));
    }

    /** "/a/b/c.html" is a/, b/, c.html; "/a/" is a/ itself; a path not starting with a slash hangs off the root. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int start = path.startsWith("/") ? 1 : 0;
        for (int slash = path.indexOf('/', start); slash >= 0; slash = path.indexOf('/', start)) {
            segments.add(path.substring(start, slash + 1));
            start = slash + 1;
        }
        if (start < path.length()) {
            segments.add(path.substring(start));
        }
        return segments;
    }

    /** A node while the tree is built: totals so far and children by name. */
    private static final class Branch {
        private final String name;
        private final String path;
        private final Map<String, Branch> children = new TreeMap<>();
        private long hits;
        private long bytes;

        Branch(String name, String path) {
            this.name = name;
            this.path = path;
        }

        void add(String fullPath, List<String> segments, int index, long moreHits, long moreBytes) {
            hits += moreHits;
            bytes += moreBytes;
            if (index < segments.size()) {
                String segment = segments.get(index);
                boolean last = index + 1 == segments.size();
                children.computeIfAbsent(segment, key -> new Branch(segment, last ? fullPath : path + segment))
                        .add(fullPath, segments, index + 1, moreHits, moreBytes);
            }
        }

        /** Leaves (most of a site's paths) take no stream and no sort. */
        DirNode freeze(int depth, int maxDepth, Order order) {
            List<DirNode> frozen = depth == maxDepth || children.isEmpty() ? List.of() : children.values().stream()
                    .map(child -> child.freeze(depth + 1, maxDepth, order))
                    .sorted(order == Order.NAME ? BY_NAME : BY_REQUESTS)
                    .toList();
            return new DirNode(name, path, depth, hits, bytes, frozen);
        }
    }
}
