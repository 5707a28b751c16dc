package io.hitstream.report.web;

import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.RangePreset;
import io.hitstream.report.domain.ReportRange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The permalinks of a report: every link carries its range (the preset by name, so a bookmark of "last 7 days"
 * stays relative, else the dates) and the comparison, and a panel's links its sort, page and Dir Tree options.
 */
final class ReportLinks {
    private final ReportRange range;

    ReportLinks(ReportRange range) {
        this.range = range;
    }

    /** The site report over the same range, with or without comparison. */
    String site(boolean compare) {
        return "/sites/" + ReportFormat.pathSegment(range.site()) + "?" + rangeQuery(compare);
    }

    /** The site report over a preset, keeping the comparison. */
    String preset(RangePreset preset) {
        return "/sites/" + ReportFormat.pathSegment(range.site()) + "?range=" + preset.queryName()
                + (range.selection().compare() ? "&compare=true" : "");
    }

    String panel(Panel panel, PanelOptions options, PanelColumn sort, boolean descending, int page) {
        List<String> query = new ArrayList<>(List.of(rangeQuery(range.selection().compare())));
        if (sort != null) {
            query.add("sort=" + encode(sort.name()));
            query.add("dir=" + (descending ? "desc" : "asc"));
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        if (options.size() != PanelOptions.DEFAULT_SIZE) {
            query.add("size=" + options.size());
        }
        query.addAll(treeQuery(panel, options));
        return "/sites/" + ReportFormat.pathSegment(range.site()) + "/panels/" + panel.pathName() + "?"
                + String.join("&", query);
    }

    String csv(Panel panel, PanelOptions options) {
        List<String> query = new ArrayList<>(List.of(rangeQuery(range.selection().compare())));
        if (options.sort() != null) {
            query.add("sort=" + encode(options.sort().name()));
            query.add("dir=" + (options.descending() ? "desc" : "asc"));
        }
        query.addAll(treeQuery(panel, options));
        return "/api/v1/sites/" + ReportFormat.pathSegment(range.site()) + "/panels/" + panel.pathName() + ".csv?"
                + String.join("&", query);
    }

    /** The Dir Tree's panel page at another depth or filter, keeping its order. */
    String tree(PanelOptions options, int depth, boolean htmlOnly) {
        PanelOptions changed = new PanelOptions(options.sort(), options.descending(), 1, options.size(), depth,
                htmlOnly);
        return panel(Panel.DIR_TREE, changed, options.sort(), options.descending(), 1);
    }

    private String rangeQuery(boolean compare) {
        String dates = range.selection().preset().map(preset -> "range=" + preset.queryName())
                .orElse("from=" + range.range().from() + "&to=" + range.range().to());
        return dates + (compare ? "&compare=true" : "");
    }

    private static List<String> treeQuery(Panel panel, PanelOptions options) {
        if (panel != Panel.DIR_TREE) {
            return List.of();
        }
        List<String> query = new ArrayList<>(List.of("depth=" + options.treeDepth()));
        if (options.htmlOnly()) {
            query.add("htmlOnly=true");
        }
        return query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
