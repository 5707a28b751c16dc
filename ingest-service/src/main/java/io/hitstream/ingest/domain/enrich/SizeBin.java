package io.hitstream.ingest.domain.enrich;

/**
 * pmdaweblog's response size bins: each bin holds sizes up to and including its upper edge ({@code 3 KiB} is
 * {@code 0-3k}, one byte more is {@code 3-10k}); a response without a size is {@code unknown}, never zero.
 */
public enum SizeBin {
    ZERO_TO_3K("0-3k", 3L * 1024),
    FROM_3K_TO_10K("3-10k", 10L * 1024),
    FROM_10K_TO_30K("10-30k", 30L * 1024),
    FROM_30K_TO_100K("30-100k", 100L * 1024),
    FROM_100K_TO_1M("100k-1m", 1024L * 1024),
    OVER_1M("gt-1m", Long.MAX_VALUE),
    UNKNOWN("unknown", -1);

    /** The bins by size, smallest first; {@code values()} would copy its array for every line. */
    private static final SizeBin[] BY_SIZE = {ZERO_TO_3K, FROM_3K_TO_10K, FROM_10K_TO_30K, FROM_30K_TO_100K,
        FROM_100K_TO_1M, OVER_1M};

    private final String key;
    private final long upperEdge;

    SizeBin(String key, long upperEdge) {
        this.key = key;
        this.upperEdge = upperEdge;
    }

    /** The bin of a response of {@code bytes}; a negative size means the log had none. */
    public static SizeBin of(long bytes) {
        if (bytes < 0) {
            return UNKNOWN;
        }
        for (SizeBin bin : BY_SIZE) {
            if (bytes <= bin.upperEdge) {
                return bin;
            }
        }
        throw new AssertionError("OVER_1M takes every size");
    }

    /** The bin's name as stored and shown (pmdaweblog's metric names). */
    public String key() {
        return key;
    }
}
