package io.hitstream.logformat;

/**
 * Bounds a parser applies to every line, so hostile input costs bounded time and memory.
 *
 * @param maxLineBytes lines longer than this (without their terminator) are rejected as too_long
 * @param maxFieldBytes a text field longer than this is cut to this many bytes and counted as truncated
 */
public record ParserLimits(int maxLineBytes, int maxFieldBytes) {
    /** 4 KiB per field. */
    public static final int DEFAULT_MAX_FIELD_BYTES = 4 * 1024;
    /** 64 KiB per line, 4 KiB per field. */
    public static final ParserLimits DEFAULTS = new ParserLimits(64 * 1024, DEFAULT_MAX_FIELD_BYTES);

    public ParserLimits {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        if (maxFieldBytes < 1) {
            throw new IllegalArgumentException("maxFieldBytes must be positive: " + maxFieldBytes);
        }
    }

    /** A line limit with the default field limit. */
    public ParserLimits(int maxLineBytes) {
        this(maxLineBytes, DEFAULT_MAX_FIELD_BYTES);
    }
}
