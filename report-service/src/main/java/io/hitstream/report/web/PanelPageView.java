package io.hitstream.report.web;

import io.hitstream.report.domain.DirNode;
import io.hitstream.report.domain.DirTree;
import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.PanelTable;
import io.hitstream.report.domain.ReportRange;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A panel's own page: its whole table page by page, or for the Dir Tree the tree with its depth and filter links.
 *
 * @param dirTree the whole tree, null for other panels
 */
public record PanelPageView(ReportRange range, PanelView table, DirNodeView dirTree, List<TreeOption> depths,
        TreeOption htmlOnly, String siteHref) {

    /** A link to the Dir Tree with another depth or filter; current when it is the one shown. */
    public record TreeOption(String label, String href, boolean current) {
    }

    static PanelPageView of(ReportRange range, PanelTable table, DirNode dirTree) {
        ReportLinks links = new ReportLinks(range);
        PanelOptions options = table.options();
        List<TreeOption> depths = table.panel() != Panel.DIR_TREE ? List.of()
                : IntStream.rangeClosed(1, Math.min(DirTree.MAX_DEPTH, 6))
                        .mapToObj(depth -> new TreeOption(Integer.toString(depth),
                                links.tree(options, depth, options.htmlOnly()), depth == options.treeDepth()))
                        .toList();
        TreeOption htmlOnly = table.panel() != Panel.DIR_TREE ? null
                : new TreeOption(options.htmlOnly() ? "All requests" : "HTML pages only",
                        links.tree(options, options.treeDepth(), !options.htmlOnly()), false);
        return new PanelPageView(range, PanelView.of(table, links),
                dirTree == null ? null : DirNodeView.whole(dirTree), depths, htmlOnly,
                links.site(range.selection().compare()));
    }
}
