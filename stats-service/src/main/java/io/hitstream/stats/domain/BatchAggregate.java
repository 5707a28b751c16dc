package io.hitstream.stats.domain;

import java.time.ZoneId;
import java.util.List;

/**
 * What one batch of a stream adds to the rollups, checked and combined by key. Every list is sorted by its
 * key, so that concurrent writers lock the same rows in the same order and cannot deadlock.
 */
public record BatchAggregate(
        StreamKey stream,
        long startOffset,
        long endOffset,
        ZoneId timeZone,
        List<HourTotals> hourly,
        List<CountedKey> countedKeys,
        List<PeriodSketch> sketches,
        List<RejectionCount> rejections,
        List<RejectionCount> repairs) {
}
