package io.hitstream.ingest.domain.enrich;

import io.hitstream.ingest.domain.BoundedText;
/** A URL path's section: its first segment, as the access-log monitor groups hits ({@code /blog/x} → {@code /blog}). */
public final class Sections {
    /** The site's root, and the section of any path that has no first segment. */
    public static final String ROOT = "/";
    /** Longest section key; a longer first segment is cut. */
    static final int MAX_SECTION_LENGTH = 128;

    private Sections() {
    }

    /** The section of a request path; query strings and fragments are not part of it. */
    public static String of(String path) {
        String bare = Keys.withoutQuery(path);
        if (!bare.startsWith("/")) {
            return ROOT;
        }
        int end = bare.indexOf('/', 1);
        String section = end < 0 ? bare : bare.substring(0, end);
        return section.length() == 1 ? ROOT : BoundedText.truncate(section, MAX_SECTION_LENGTH);
    }
}
