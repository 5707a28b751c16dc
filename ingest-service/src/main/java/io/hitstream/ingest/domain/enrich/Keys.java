package io.hitstream.ingest.domain.enrich;

/** Keys taken from a log line, cut to a bound: log text is hostile, and every key becomes a row. */
final class Keys {
    private Keys() {
    }

    /** At most {@code maxChars} chars of {@code text}, never ending in half a surrogate pair. */
    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    /** The text up to its query string or fragment, whichever comes first. */
    static String withoutQuery(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '#') {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
