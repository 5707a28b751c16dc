package io.hitstream.report.service;

import io.hitstream.report.domain.WeekReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders a week's report as the static page the archive keeps; Qute escapes every string in it, as in every page.
 */
final class WeekSnapshot {

    private WeekSnapshot() {
    }

    @CheckedTemplate(basePath = "ArchivePages")
    static class Templates {
        static native TemplateInstance week(WeekReport report);
    }

    static String html(WeekReport report) {
        return Templates.week(report).render();
    }
}
