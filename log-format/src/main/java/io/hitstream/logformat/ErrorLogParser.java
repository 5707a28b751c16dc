package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads error-log lines as Apache and nginx write them, into their time as written, level, module, client and
 * message:
 * <ul>
 * <li>Apache 2.4 {@code [Tue Mar 05 10:02:00.123456 2024] [core:error] [pid 1234:tid 140245] [client 192.0.2.1:51234]
 * AH00126: Invalid URI in request}, each field after the level optional (2.2 writes {@code [error]} without a module);
 * <li>nginx {@code 2024/03/05 10:02:00 [error] 123#0: *1 open() "/x" failed (2: No such file or directory), client:
 * 192.0.2.1, server: localhost}.
 * </ul>
 * Error logs are read far less often than access logs, so plain regular expressions are fast enough. Like the
 * access-log parsers it never throws: a line is read or rejected with a reason. Safe for one thread at a time.
 */
public final class ErrorLogParser {

    private static final Pattern APACHE = Pattern.compile("\\[[A-Z][a-z]{2} (?<month>[A-Z][a-z]{2}) +(?<day>\\d{1,2}) "
            + "(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,9}))? (?<year>\\d{4})\\] "
            + "\\[(?:(?<module>[^\\]:\\s]+):)?(?<level>[a-z]+\\d?)\\]");
    /** One of the bracketed fields Apache 2.4 may write after the level, before the message. */
    private static final Pattern APACHE_FIELD = Pattern.compile(" \\[(?<name>pid|client|remote) (?<value>[^\\]]*)\\]");
    private static final Pattern NGINX = Pattern.compile("(?<year>\\d{4})/(?<month>\\d{2})/(?<day>\\d{2}) "
            + "(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2}) \\[(?<level>[a-z]+)\\] \\d+#\\d+: (?:\\*\\d+ )?");
    private static final Pattern NGINX_CLIENT = Pattern.compile(", client: (?<client>[^,\\s]+)");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final Set<String> LEVELS = Set.of("emerg", "alert", "crit", "error", "warn", "notice", "info",
            "debug", "trace1", "trace2", "trace3", "trace4", "trace5", "trace6", "trace7", "trace8");
    private static final int MILLIS_DIGITS = 3;

    private final ErrorLogFormat format;
    private final ParserLimits limits;

    public ErrorLogParser(ErrorLogFormat format, ParserLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    /** Reads {@code buf[start, end)}, one line without its '\n' (a trailing '\r' is ignored). */
    public ErrorLogLine parse(byte[] buf, int start, int end) {
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        if (end - start > limits.maxLineBytes()) {
            return ErrorLogLine.rejected(RejectReason.TOO_LONG);
        }
        String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
        if (line.isBlank()) {
            return ErrorLogLine.rejected(RejectReason.EMPTY);
        }
        boolean apache = format == ErrorLogFormat.APACHE || format == ErrorLogFormat.EITHER && line.startsWith("[");
        return apache ? apache(line) : nginx(line);
    }

    private ErrorLogLine apache(String line) {
        Matcher head = APACHE.matcher(line);
        if (!head.lookingAt() || !LEVELS.contains(head.group("level"))) {
            return ErrorLogLine.rejected(RejectReason.NOT_MATCHING_FORMAT);
        }
        int month = MONTHS.indexOf(head.group("month")) + 1;
        if (month == 0) {
            return ErrorLogLine.rejected(RejectReason.BAD_TIMESTAMP);
        }
        LocalDateTime time = time(head, head.group("year"), String.valueOf(month), head.group("fraction"));
        if (time == null) {
            return ErrorLogLine.rejected(RejectReason.BAD_TIMESTAMP);
        }
        String client = "";
        int at = head.end();
        Matcher field = APACHE_FIELD.matcher(line);
        while (field.region(at, line.length()).lookingAt()) {
            if (!field.group("name").equals("pid")) {
                client = field.group("value");
            }
            at = field.end();
        }
        String module = head.group("module") == null ? "" : head.group("module");
        return read(time, head.group("level"), module, client, line.substring(at).strip());
    }

    private ErrorLogLine nginx(String line) {
        Matcher head = NGINX.matcher(line);
        if (!head.lookingAt() || !LEVELS.contains(head.group("level"))) {
            return ErrorLogLine.rejected(RejectReason.NOT_MATCHING_FORMAT);
        }
        LocalDateTime time = time(head, head.group("year"), head.group("month"), null);
        if (time == null) {
            return ErrorLogLine.rejected(RejectReason.BAD_TIMESTAMP);
        }
        String message = line.substring(head.end()).strip();
        Matcher client = NGINX_CLIENT.matcher(message);
        return read(time, head.group("level"), "", client.find() ? client.group("client") : "", message);
    }

    private ErrorLogLine read(LocalDateTime time, String level, String module, String client, String message) {
        return new ErrorLogLine(time, level, bounded(module), bounded(client), bounded(message), null);
    }

    private String bounded(String text) {
        return text.length() > limits.maxFieldBytes() ? text.substring(0, limits.maxFieldBytes()) : text;
    }

    /** The time of a matched head, or null when it names no valid date and time. */
    private static LocalDateTime time(Matcher head, String year, String month, String fraction) {
        try {
            LocalDateTime time = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(head.group("day")), Integer.parseInt(head.group("hour")),
                    Integer.parseInt(head.group("minute")), Integer.parseInt(head.group("second")));
            return fraction == null ? time : time.plusNanos(millis(fraction) * 1_000_000L);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** Milliseconds of a fraction of a second: digits past the millisecond are cut off. */
    private static int millis(String fraction) {
        String padded = (fraction + "00").substring(0, MILLIS_DIGITS);
        return Integer.parseInt(padded);
    }
}
