package io.hitstream.agent.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders the status file for a person: when it was written, one row per stream, and the error-log counts. */
public final class StatusTable {

    /** A status older than this many of its intervals was not rewritten on time: the agent may be down. */
    private static final int STALE_INTERVALS = 3;
    private static final String GAP = "  ";
    /** READ to LAG SECONDS in the stream table. */
    private static final Set<Integer> NUMBER_COLUMNS = Set.of(3, 4, 5, 6, 7);

    private StatusTable() {
    }

    public static String render(AgentStatus status, Instant now) {
        StringBuilder out = new StringBuilder(header(status, now)).append("\n\n");
        List<List<String>> streams = new ArrayList<>();
        streams.add(List.of("SITE", "HOST", "ACCESS LOG", "READ", "SHIPPED", "ACKNOWLEDGED", "LAG BYTES", "LAG SECONDS", "STATE"));
        for (StreamStatus stream : status.streams()) {
            streams.add(List.of(stream.site(), stream.host(), stream.accessLog(), String.valueOf(stream.linesRead()),
                    String.valueOf(stream.linesShipped()), String.valueOf(stream.linesAcknowledged()),
                    String.valueOf(stream.lagBytes()), String.format(Locale.ROOT, "%.1f", stream.lagSeconds()),
                    stream.state()));
        }
        out.append(table(streams, NUMBER_COLUMNS));
        List<List<String>> errorLogs = new ArrayList<>();
        errorLogs.add(List.of("SITE", "ERROR LOG", "LINES BY LEVEL"));
        for (StreamStatus stream : status.streams()) {
            if (stream.errorLog() != null) {
                errorLogs.add(List.of(stream.site(), stream.errorLog(), levels(stream.errorLines())));
            }
        }
        if (errorLogs.size() > 1) {
            out.append('\n').append(table(errorLogs, Set.of()));
        }
        List<List<String>> notices = new ArrayList<>();
        notices.add(List.of("SITE", "ACCESS LOG", "NOTICE"));
        for (StreamStatus stream : status.streams()) {
            if (stream.notices() != null) {
                stream.notices().forEach(notice -> notices.add(List.of(stream.site(), stream.accessLog(), notice)));
            }
        }
        if (notices.size() > 1) {
            out.append('\n').append(table(notices, Set.of()));
        }
        return out.toString();
    }

    private static String header(AgentStatus status, Instant now) {
        Instant written = Instant.parse(status.written());
        long age = Math.max(0, Duration.between(written, now).toSeconds());
        String header = "Written " + status.written() + " (" + age + " s ago) by process " + status.pid();
        return age > STALE_INTERVALS * status.intervalSeconds()
                ? header + "; it should be rewritten every " + status.intervalSeconds() + " s: is the agent running?"
                : header;
    }

    private static String levels(Map<String, Long> lines) {
        if (lines == null || lines.isEmpty()) {
            return "none";
        }
        return lines.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Columns padded to their widest cell; the {@code numbers} columns are right-aligned. */
    private static String table(List<List<String>> rows, Set<Integer> numbers) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String padding = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : GAP).append(numbers.contains(c) ? padding + cell : cell + padding);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
