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

    /**
     * A count with thousands separated, the same in every locale: 1,234,567. Written out rather than with
     * {@code String.format("%,d")}, whose parsing of the pattern was a third of the site page's rendering CPU.
     */
    static String grouped(long count) {
        String digits = Long.toString(count);
        int sign = count < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + (length - 1) / 3);
        text.append(digits, 0, sign + (length - 1) % 3 + 1);
        for (int group = sign + (length - 1) % 3 + 1; group < digits.length(); group += 3) {
            text.append(',').append(digits, group, group + 3);
        }
        return text.toString();
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
