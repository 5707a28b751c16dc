package io.hitstream.report.web;

import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.RangeSelection;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a report page or panel: the range, the comparison, and how a table is sorted and paged. */
public class ReportQuery {
    @QueryParam("range")
    @Parameter(description = "A preset in the site's time zone: today, yesterday, last-7-days, this-month, "
            + "last-month; leave out to give from and to")
    String range;

    @QueryParam("from")
    @Parameter(description = "First day, YYYY-MM-DD in the site's time zone; default: the first day with data (or "
            + "the longest range allowed before to)")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day, YYYY-MM-DD, included; default: the last day with data")
    String to;

    @QueryParam("compare")
    @Parameter(description = "true: the summary also shows each figure over the period just before, and its change")
    boolean compare;

    @QueryParam("sort")
    @Parameter(description = "A column name of the panel; default: most hits first (time panels in time order, bad "
            + "links by page)")
    String sort;

    @QueryParam("dir")
    @Parameter(description = "asc or desc; default: desc for numbers, asc for text")
    String dir;

    @QueryParam("page")
    @Parameter(description = "Page of the table, from 1")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Rows per page, 1 to 1000, default 50; the CSV has every row")
    Integer size;

    @QueryParam("depth")
    @Parameter(description = "Dir Tree only: directory levels shown, 1 to 16, default 2")
    Integer depth;

    @QueryParam("htmlOnly")
    @Parameter(description = "Dir Tree only: true counts HTML pages only (directories, paths without extension, "
            + ".html, .htm, .shtml, .xhtml, .php, .asp, .aspx, .jsp)")
    boolean htmlOnly;

    RangeSelection selection() {
        return RangeSelection.parse(range, from, to, compare);
    }

    PanelOptions options(Panel panel) {
        return PanelOptions.parse(panel, sort, dir, page, size, depth, htmlOnly);
    }
}
