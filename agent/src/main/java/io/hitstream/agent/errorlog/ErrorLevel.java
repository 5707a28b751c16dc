package io.hitstream.agent.errorlog;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the level of an error-log line as Apache and nginx write it: Apache 2.4 {@code [Wed Oct 11 14:32:52.123
 * 2000] [core:error] ...} and 2.2 {@code [...] [error] ...} (the second bracket, after a module name and colon if
 * there is one), nginx {@code 2000/10/11 14:32:52 [error] ...} (the bracket after the time).
 */
public final class ErrorLevel {

    /** The level of a line in which none is found. */
    public static final String UNKNOWN = "unknown";
    /** Only the start of a line is looked at; the level comes within the first few fields. */
    static final int HEAD_BYTES = 256;

    private static final Set<String> LEVELS = Set.of("emerg", "alert", "crit", "error", "warn", "notice", "info",
            "debug", "trace1", "trace2", "trace3", "trace4", "trace5", "trace6", "trace7", "trace8");
    private static final Pattern APACHE = Pattern.compile("\\[[^\\]]*\\] \\[(?:[^\\]:]*:)?([a-z0-9]+)\\]");
    private static final Pattern NGINX = Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} \\[([a-z]+)\\]");

    private ErrorLevel() {
    }

    /** The level named in the first {@code length} bytes of a line, or {@link #UNKNOWN}. */
    public static String of(byte[] line, int length) {
        String head = new String(line, 0, Math.min(length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = (head.startsWith("[") ? APACHE : NGINX).matcher(head);
        return matcher.lookingAt() && LEVELS.contains(matcher.group(1)) ? matcher.group(1) : UNKNOWN;
    }
}
