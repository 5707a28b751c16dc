package io.hitstream.report.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A ranking as CSV (RFC 4180, CRLF lines): every cell quoted, and a cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or carriage return) prefixed with {@code '} so that it stays text.
 */
public final class RankingCsv {
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    private RankingCsv() {
    }

    public static String of(String keyHeading, List<? extends RankedHits> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, "rank", keyHeading, "hits");
        for (int i = 0; i < rows.size(); i++) {
            RankedHits row = rows.get(i);
            line(csv, Integer.toString(i + 1), row.key(), Long.toString(row.hits()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String rank, String key, String hits) {
        csv.append(cell(rank)).append(',').append(cell(key)).append(',').append(cell(hits)).append("\r\n");
    }

    static String cell(String text) {
        String safe = FORMULA_START.matcher(text).find() ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
