package io.hitstream.report.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How the HTML pages write numbers and link to sites; Qute calls these as {@code {value.grouped}} and so on. */
@TemplateExtension
public final class ReportFormat {
    private static final String[] BYTE_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ReportFormat() {
    }

    /** A count with thousands separated, the same in every locale: 1,234,567. */
    static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A byte count in binary units with one decimal: 1.2 MiB; exact below one KiB. */
    static String byteSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
        return String.format(Locale.ROOT, "%.1f %s", bytes / Math.pow(1024, unit), BYTE_UNITS[unit - 1]);
    }

    /** The site name as one URL path segment, so that no name can change where a link goes. */
    static String pathSegment(String site) {
        return URLEncoder.encode(site, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
