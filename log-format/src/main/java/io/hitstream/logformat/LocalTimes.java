package io.hitstream.logformat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Turns a zone-less local time into an instant in the configured zone; remembers the offset of
 * the last hour asked for, since a log's lines come hour after hour.
 */
final class LocalTimes {
    private static final long SECONDS_PER_HOUR = 3600;

    private final ZoneRules rules;
    private final int fixedOffset;
    private long cachedHour = Long.MIN_VALUE;
    private int cachedOffset;

    LocalTimes(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : ZoneOffsets.INVALID;
    }

    /** The offset in seconds of the zone at a local time given as seconds since 1970-01-01T00:00 local. */
    int offsetAt(long localEpochSecond) {
        if (fixedOffset != ZoneOffsets.INVALID) {
            return fixedOffset;
        }
        long hour = Math.floorDiv(localEpochSecond, SECONDS_PER_HOUR);
        if (hour != cachedHour) {
            LocalDateTime local = LocalDateTime.ofEpochSecond(hour * SECONDS_PER_HOUR, 0, ZoneOffset.UTC);
            cachedOffset = rules.getOffset(local).getTotalSeconds();
            cachedHour = hour;
        }
        return cachedOffset;
    }
}
