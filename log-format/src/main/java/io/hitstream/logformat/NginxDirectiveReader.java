package io.hitstream.logformat;

import java.util.ArrayList;
import java.util.List;

/** Reads the words of an nginx {@code log_format} directive after its keyword, as nginx's config parser would. */
final class NginxDirectiveReader {
    private final String original;
    private final String text;
    private int i;

    NginxDirectiveReader(String original, String afterKeyword) {
        this.original = original;
        this.text = afterKeyword;
    }

    ConfigLines.NginxDirective read() {
        List<String> words = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (i >= text.length() || text.charAt(i) == ';') {
                break;
            }
            words.add(word());
        }
        if (words.size() < 2) {
            throw error("log_format needs a name and a format");
        }
        int first = 1;
        String escape = "default";
        if (words.get(1).startsWith("escape=")) {
            escape = words.get(1).substring("escape=".length());
            first = 2;
        }
        if (first >= words.size()) {
            throw error("log_format has no format after its name");
        }
        return new ConfigLines.NginxDirective(escape, String.join("", words.subList(first, words.size())));
    }

    private String word() {
        char quote = text.charAt(i);
        if (quote != '\'' && quote != '"') {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ';') {
                i++;
            }
            return text.substring(start, i);
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < text.length() && text.charAt(i) != quote; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
                out.append(unescaped(text.charAt(i)));
            } else {
                out.append(c);
            }
        }
        if (i >= text.length()) {
            throw error("a quoted string is never closed");
        }
        i++;
        return out.toString();
    }

    /** nginx unescapes \" \' \\ \t \r \n inside quoted strings and keeps the backslash of anything else. */
    private static String unescaped(char c) {
        switch (c) {
            case 't':
                return "\t";
            case 'r':
                return "\r";
            case 'n':
                return "\n";
            case '"', '\'', '\\':
                return String.valueOf(c);
            default:
                return "\\" + c;
        }
    }

    private void skipBlanks() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
    }

    private InvalidLogFormatException error(String problem) {
        return new InvalidLogFormatException("nginx", original, i, problem);
    }
}
