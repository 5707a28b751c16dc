package io.hitstream.ingest.domain;

/**
 * The most one batch may hold.
 *
 * @param maxLines lines per batch
 * @param maxBytes bytes of lines per batch
 */
public record BatchLimits(int maxLines, int maxBytes) {
}
