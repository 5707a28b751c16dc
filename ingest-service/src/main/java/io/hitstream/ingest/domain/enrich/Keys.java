package io.hitstream.ingest.domain.enrich;

/** Keys taken from a log line: the parts of a URL a key keeps. */
final class Keys {
    private Keys() {
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
