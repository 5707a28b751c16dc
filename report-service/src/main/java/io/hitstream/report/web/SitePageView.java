package io.hitstream.report.web;

import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.PanelTable;
import io.hitstream.report.domain.RangePreset;
import io.hitstream.report.domain.ReportRange;
import io.hitstream.report.domain.SiteReport;
import io.hitstream.report.domain.SiteSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the site page shows: the summary (status classes, days, rejected lines), the panels' first rows, the Dir
 * Tree, and the permalinks to other ranges.
 *
 * @param dirTree the Dir Tree's first entries per directory, the Dir Tree panel ({@code dirTreeHref}) showing all
 * @param dirTreeNotes the notes of the URLs, which the Dir Tree is made of (keys counted under (other))
 * @param previousLabel the period compared with, "" when not compared
 */
public record SitePageView(SiteSummary summary, List<DayBar> bars, List<FigureView> figures, List<PanelView> panels,
        DirNodeView dirTree, List<String> dirTreeNotes, String dirTreeHref, List<PresetLink> presets, boolean compared, String compareHref,
        String previousLabel) {

    /** A link to the report over a preset; current when it is the range shown. */
    public record PresetLink(String label, String href, boolean current) {
    }

    static SitePageView of(SiteSummary summary, SiteReport report) {
        ReportRange range = report.range();
        ReportLinks links = new ReportLinks(range);
        PanelTable summaryTable = report.panels().stream().filter(table -> table.panel() == Panel.SUMMARY)
                .findFirst().orElseThrow();
        List<PanelView> panels = report.panels().stream()
                .filter(table -> table.panel() != Panel.SUMMARY)
                .map(table -> PanelView.of(table, links))
                .toList();
        List<PresetLink> presets = Arrays.stream(RangePreset.values())
                .map(preset -> new PresetLink(label(preset), links.preset(preset),
                        range.selection().preset().filter(preset::equals).isPresent()))
                .toList();
        boolean compared = range.previous().isPresent();
        List<String> urlNotes = panels.stream().filter(view -> view.pathName().equals(Panel.URLS.pathName()))
                .findFirst().map(PanelView::notes).orElse(List.of());
        return new SitePageView(summary, DayBar.of(summary.days()), FigureView.of(summaryTable), panels,
                DirNodeView.of(report.dirTree(), DirNodeView.SITE_PAGE_ENTRIES), urlNotes, links.panel(Panel.DIR_TREE, PanelOptions.top(PanelOptions.DEFAULT_SIZE), null,
                        false, 1), presets, compared, links.site(!compared),
                range.previous().map(previous -> previous.from() + " to " + previous.to()).orElse(""));
    }

    private static String label(RangePreset preset) {
        String words = preset.queryName().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
