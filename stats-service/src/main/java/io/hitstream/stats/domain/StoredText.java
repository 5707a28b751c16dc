package io.hitstream.stats.domain;

/** The rules every text that reaches the rollups follows: bounded length, no NUL, echoed only in short excerpts. */
final class StoredText {
    private static final int MAX_EXCERPT_LENGTH = 64;

    private StoredText() {
    }

    /** The text, possibly empty, if it has at most {@code maxLength} characters (code points, as PostgreSQL counts). */
    static String bounded(String field, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw new InvalidInputException(field + " is " + length + " characters long, at most " + maxLength + " allowed");
        }
        // PostgreSQL text cannot hold NUL; replacing it keeps a hostile line from failing the whole batch.
        return value.replace('\u0000', '\uFFFD');
    }

    /** Like {@link #bounded}, and not blank. */
    static String required(String field, String value, int maxLength) {
        if (value.isBlank()) {
            throw new InvalidInputException(field + " must not be blank");
        }
        return bounded(field, value, maxLength);
    }

    /** The value quoted for an error message, cut short so that a huge input does not make a huge reply. */
    static String quoted(String value) {
        return value.length() <= MAX_EXCERPT_LENGTH
                ? "'" + value + "'"
                : "'" + value.substring(0, MAX_EXCERPT_LENGTH) + "…'";
    }
}
