package io.hitstream.report.service;

import io.hitstream.report.domain.DirNode;
import io.hitstream.report.domain.LineRepair;
import io.hitstream.report.domain.PanelTable;
import io.hitstream.report.domain.Rejection;
import io.hitstream.report.domain.SiteSummary;
import java.util.List;

/**
 * Roughly how many bytes of heap a kept answer holds, what {@link ReportCache}'s bound counts: text at two bytes a
 * character (an upper bound), every other value and object a fixed few dozen bytes. A site page of a site with
 * thousands of top-level paths weighs hundreds of KiB, a summary a few KiB.
 */
final class AnswerWeight {
    private static final int OBJECT = 48;

    private AnswerWeight() {
    }

    static int of(Object answer) {
        return (int) Math.min(Integer.MAX_VALUE, bytes(answer));
    }

    private static long bytes(Object answer) {
        if (answer instanceof String page) {
            return text(page);
        }
        if (answer instanceof PanelTable table) {
            return OBJECT + table.rows().stream().flatMap(List::stream).mapToLong(AnswerWeight::cell).sum();
        }
        if (answer instanceof DirNode tree) {
            return tree(tree);
        }
        if (answer instanceof SiteSummary summary) {
            return summary(summary);
        }
        return 1024;
    }

    private static long cell(Object value) {
        return value instanceof String text ? text(text) : OBJECT;
    }

    private static long text(String text) {
        return OBJECT + 2L * text.length();
    }

    private static long tree(DirNode node) {
        return OBJECT + text(node.name()) + text(node.path())
                + node.children().stream().mapToLong(AnswerWeight::tree).sum();
    }

    private static long summary(SiteSummary summary) {
        return 1024 + (long) OBJECT * summary.days().size()
                + summary.topUrls().stream().mapToLong(url -> OBJECT + text(url.url())).sum()
                + summary.topClientDomains().stream().mapToLong(domain -> OBJECT + text(domain.domain())).sum()
                + summary.rejections().stream().mapToLong(AnswerWeight::rejection).sum()
                + summary.repairs().stream().mapToLong(AnswerWeight::repair).sum();
    }

    private static long rejection(Rejection rejection) {
        return text(rejection.reason()) + text(rejection.sample()) + rejection.samples().stream()
                .mapToLong(AnswerWeight::text).sum();
    }

    private static long repair(LineRepair repair) {
        return text(repair.reason()) + repair.samples().stream().mapToLong(AnswerWeight::text).sum();
    }
}
