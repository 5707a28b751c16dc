package io.hitstream.logformat;

/**
 * Bounds a parser applies to every line, so hostile input costs bounded time and memory.
 *
 * @param maxLineBytes lines longer than this (without their terminator) are rejected as too_long
 */
public record ParserLimits(int maxLineBytes) {
    /** 64 KiB per line. */
    public static final ParserLimits DEFAULTS = new ParserLimits(64 * 1024);

    public ParserLimits {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
    }
}
