package io.hitstream.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Finds the local hour of an instant in a site's time zone: the run of instants that share the
 * local date, the local hour and the zone's offset, starting at the first of them. A clock change
 * ends an hour even when it moves the clock by half an hour (Australia/Lord_Howe), so no hour is
 * longer than 60 minutes and a repeated stretch of wall time is an hour of its own. The last
 * answer is remembered, because the lines of a log mostly come in time order and most of them
 * fall into the hour before.
 */
final class LocalHours {
    private static final long SECONDS_PER_HOUR = 3600;
    private static final long SECONDS_PER_DAY = 86_400;

    /** One local hour: the instant it starts and the local date it belongs to. */
    record LocalHour(long startEpochSecond, LocalDate date) {
    }

    private final ZoneRules rules;
    private LocalHour last;
    private long lastValidFrom = Long.MAX_VALUE;
    private long lastValidUntil = Long.MIN_VALUE;

    LocalHours(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The local hour the instant falls into. */
    LocalHour hourOf(long epochSecond) {
        if (epochSecond >= lastValidFrom && epochSecond < lastValidUntil) {
            return last;
        }
        Instant instant = Instant.ofEpochSecond(epochSecond);
        int offset = rules.getOffset(instant).getTotalSeconds();
        long local = epochSecond + offset;
        long localHourStart = Math.floorDiv(local, SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
        // The latest clock change at or before the instant, and the next one after it, bound the hour.
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        long start = localHourStart - offset;
        if (previous != null && previous.toEpochSecond() > start) {
            start = previous.toEpochSecond();
        }
        long end = localHourStart + SECONDS_PER_HOUR - offset;
        if (next != null && next.toEpochSecond() < end) {
            end = next.toEpochSecond();
        }
        last = new LocalHour(start, LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY)));
        lastValidFrom = start;
        lastValidUntil = end;
        return last;
    }
}
