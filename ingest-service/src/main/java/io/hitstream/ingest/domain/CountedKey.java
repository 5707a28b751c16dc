package io.hitstream.ingest.domain;

import java.time.LocalDate;

/**
 * One key of a dimension in one period with its counters.
 *
 * @param periodStartEpochSecond the first second of a minute or hour period; 0 for a day
 * @param key2                   the second part of a composite key, "" for a simple one
 */
public record CountedKey(Dimension dimension, long periodStartEpochSecond, LocalDate date, String key, String key2,
                         Counters counters) {
}
