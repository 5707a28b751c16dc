package io.hitstream.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Finds the local hour of an instant in a site's time zone; remembers the last answer, because the
 * lines of a log mostly come in time order and most of them fall into the hour before.
 */
final class LocalHours {
    /** One local hour: the instant it starts and the local date it belongs to. */
    record LocalHour(long startEpochSecond, LocalDate date) {
    }

    private final ZoneId zone;
    private final ZoneRules rules;
    private LocalHour last;
    private long lastValidFrom = Long.MAX_VALUE;
    private long lastValidUntil = Long.MIN_VALUE;

    LocalHours(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** The local hour the instant falls into. */
    LocalHour hourOf(long epochSecond) {
        if (epochSecond >= lastValidFrom && epochSecond < lastValidUntil) {
            return last;
        }
        Instant instant = Instant.ofEpochSecond(epochSecond);
        ZonedDateTime start = instant.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        last = new LocalHour(start.toEpochSecond(), start.toLocalDate());
        // Reuse the answer only while neither the hour nor the zone's offset changes.
        ZoneOffsetTransition next = rules.nextTransition(instant);
        long hourEnd = start.toEpochSecond() + 3600;
        lastValidFrom = epochSecond;
        lastValidUntil = next == null ? hourEnd : Math.min(hourEnd, next.toEpochSecond());
        return last;
    }
}
