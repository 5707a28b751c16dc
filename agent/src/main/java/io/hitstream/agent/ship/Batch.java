package io.hitstream.agent.ship;

/**
 * A run of complete lines of one file: {@code lines} holds the bytes from {@code startOffset} up to
 * {@code endOffset}, each line ending in '\n'; {@code linesBefore} is how many lines of the file precede it.
 */
public record Batch(long startOffset, long endOffset, long linesBefore, int lineCount, byte[] lines) {
}
