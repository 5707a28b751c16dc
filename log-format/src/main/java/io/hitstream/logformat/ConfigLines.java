package io.hitstream.logformat;

import java.util.Locale;

/**
 * Accepts a format as pasted from the server's configuration: a whole httpd.conf
 * {@code LogFormat "..." nickname} line, or a whole nginx {@code log_format name '...' '...';}
 * directive, reduced to the format string itself.
 */
final class ConfigLines {
    private static final String APACHE_DIRECTIVE = "logformat";
    private static final String NGINX_DIRECTIVE = "log_format";

    private ConfigLines() {
    }

    static boolean isApacheDirective(String text) {
        return startsWithWord(text.strip(), APACHE_DIRECTIVE);
    }

    static boolean isNginxDirective(String text) {
        return startsWithWord(text.strip(), NGINX_DIRECTIVE);
    }

    /** The format of an Apache {@code LogFormat "..."} line (its {@code \"} kept for the compiler), or the text itself. */
    static String apacheFormat(String text) {
        String line = text.strip();
        if (!startsWithWord(line, APACHE_DIRECTIVE)) {
            return text;
        }
        String rest = line.substring(APACHE_DIRECTIVE.length()).strip();
        if (rest.isEmpty() || rest.charAt(0) != '"') {
            throw new InvalidLogFormatException("Apache", text, APACHE_DIRECTIVE.length(), "expected a quoted format after LogFormat");
        }
        int close = 1;
        while (close < rest.length() && rest.charAt(close) != '"') {
            close += rest.charAt(close) == '\\' ? 2 : 1;
        }
        if (close >= rest.length()) {
            throw new InvalidLogFormatException("Apache", text, line.length(), "the quoted format is never closed");
        }
        return rest.substring(1, close);
    }

    /**
     * The parts of an nginx {@code log_format} directive after its name: the optional
     * {@code escape=} parameter and the format, its quoted strings joined; null when the text is no such directive.
     */
    static NginxDirective nginxDirective(String text) {
        String line = text.strip();
        if (!startsWithWord(line, NGINX_DIRECTIVE)) {
            return null;
        }
        NginxDirectiveReader reader = new NginxDirectiveReader(text, line.substring(NGINX_DIRECTIVE.length()));
        return reader.read();
    }

    private static boolean startsWithWord(String text, String word) {
        return text.length() > word.length() && text.substring(0, word.length()).toLowerCase(Locale.ROOT).equals(word)
                && Character.isWhitespace(text.charAt(word.length()));
    }

    /** An nginx {@code log_format} directive's escaping and format. */
    record NginxDirective(String escape, String format) {
    }
}
