package io.hitstream.rollups;

/** How long the period of a counted key or sketch is; each grain has its own table of counted keys. */
public enum Grain {
    /** A UTC minute: {@code minute_counts}. */
    MINUTE,
    /** A site-local hour: {@code hourly_counts}. */
    HOUR,
    /** A site-local day: {@code daily_counts}. */
    DAY
}
