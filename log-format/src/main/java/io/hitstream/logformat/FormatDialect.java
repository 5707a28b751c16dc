package io.hitstream.logformat;

/** Which server's syntax a format string is written in, told from its first directive (or its config keyword). */
enum FormatDialect {
    APACHE,
    NGINX,
    W3C,
    NONE;

    private static final String W3C_FIELDS = "#Fields:";

    static FormatDialect of(String text) {
        if (ConfigLines.isApacheDirective(text)) {
            return APACHE;
        }
        if (ConfigLines.isNginxDirective(text)) {
            return NGINX;
        }
        if (text.strip().startsWith(W3C_FIELDS)) {
            return W3C;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '%' && isApacheDirectiveStart(next)) {
                return APACHE;
            }
            if (c == '$' && (Character.isLetter(next) || next == '{' || next == '_')) {
                return NGINX;
            }
        }
        return NONE;
    }

    /** What may follow '%' in an Apache format: a directive letter, a modifier, an argument or a second '%'. */
    private static boolean isApacheDirectiveStart(char c) {
        return Character.isLetterOrDigit(c) || "{<>!^%".indexOf(c) >= 0;
    }
}
