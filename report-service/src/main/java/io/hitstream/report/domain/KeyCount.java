package io.hitstream.report.domain;

/** Hits and bytes of one key of a dimension over a report's range; key2 is "" unless the key has two parts. */
public record KeyCount(String key, String key2, long hits, long bytes) {
}
