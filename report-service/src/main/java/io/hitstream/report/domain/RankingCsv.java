package io.hitstream.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A ranking as CSV (RFC 4180, CRLF lines): every cell quoted, and a cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or carriage return) prefixed with {@code '} so that it stays text. A list of
 * samples is one cell, a line each.
 */
public final class RankingCsv {
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private RankingCsv() {
    }

    public static String of(String keyHeading, List<? extends RankedHits> rows) {
        List<List<Object>> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ranked.add(List.of(i + 1, rows.get(i).key(), rows.get(i).hits()));
        }
        return table(List.of("rank", keyHeading, "hits"), ranked);
    }

    /** Any table: a heading line, then a line per row; a null value is an empty cell. */
    public static String table(List<String> headings, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, headings);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            // Numbers are ours, not a log's: a change of -25.0 stays a number. Samples are a cell of lines.
            String text = value == null ? "" : value instanceof List<?> lines ? lines.stream().map(String::valueOf)
                    .collect(Collectors.joining("\n")) : value.toString();
            csv.append(i == 0 ? "" : ",").append(value instanceof Number ? quoted(text) : cell(text));
        }
        csv.append("\r\n");
    }

    static String cell(String text) {
        return quoted(FORMULA_START.matcher(text).find() ? "'" + text : text);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
