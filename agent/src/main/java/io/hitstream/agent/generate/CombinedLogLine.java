package io.hitstream.agent.generate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes a hit in Apache's combined format: %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i". */
final class CombinedLogLine {

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CombinedLogLine() {
    }

    /** The line without its newline; the user agent is expected to be escaped already, as Apache does. */
    static String format(Hit hit) {
        return hit.client() + " - " + hit.user() + " [" + TIMESTAMP.format(hit.time()) + "] \""
                + hit.method() + " " + hit.target() + " " + hit.protocol() + "\" " + hit.status() + " "
                + (hit.size() < 0 ? "-" : Long.toString(hit.size())) + " \"" + hit.referrer() + "\" \""
                + hit.userAgent() + "\"";
    }
}
