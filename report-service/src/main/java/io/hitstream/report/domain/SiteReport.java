package io.hitstream.report.domain;

import java.util.List;

/** The site report: the first rows of every panel over the range but the Dir Tree, and the Dir Tree as a tree. */
public record SiteReport(ReportRange range, List<PanelTable> panels, DirNode dirTree) {
    /** How many rows of each panel the site report shows; its panel page and CSV have the rest. */
    public static final int ROWS = 10;

    public SiteReport {
        panels = List.copyOf(panels);
    }
}
