package io.hitstream.rollups;

/**
 * The limits of what the rollup tables hold, in one place for every service: ingest cuts text to them, stats
 * refuses what is past them, report reads up to them. Lengths are in characters (code points), as PostgreSQL
 * counts them.
 */
public final class RollupLimits {
    /** Longest key, and second key part, of a counted key (a URL path, a client domain, a referrer…). */
    public static final int MAX_KEY_LENGTH = 1024;
    /** Largest encoded sketch: a full visitor sketch is about 8 KiB, a latency sketch of millions of calls less. */
    public static final int MAX_SKETCH_BYTES = 65536;
    /** Longest site, host or file id of a stream. */
    public static final int MAX_ID_LENGTH = 1024;
    /** Longest rejection or repair sample line. */
    public static final int MAX_SAMPLE_LENGTH = 512;
    /** Most sample lines sent per reason and batch, and kept per site and reason. */
    public static final int MAX_SAMPLES = 5;
    /** Longest rejection or repair reason. */
    public static final int MAX_REASON_LENGTH = 128;
    /**
     * Default of the most distinct keys of a site's dimension on one local day; past it new keys count under
     * {@code (other)}. Ingest bounds each batch's keys to it, stats the day's keys across batches.
     */
    public static final int MAX_KEYS_PER_DAY = 100_000;
    /** First year a local date may have. */
    public static final int MIN_YEAR = 1;
    /** Last year a local date may have. */
    public static final int MAX_YEAR = 9999;

    private RollupLimits() {
    }
}
