package io.hitstream.logformat;

/**
 * The parts of a timestamp that one or more time directives of a line have read (strftime
 * conversions, epoch seconds), put together once the whole line is read.
 */
final class TimeParts {
    static final int UNSET = Integer.MIN_VALUE;
    static final int MILLIS_PER_SECOND = 1000;

    int year;
    int month;
    int day;
    int dayOfYear;
    int hour;
    int hour12;
    boolean pm;
    boolean hasAmPm;
    int minute;
    int second;
    /** The milliseconds past the second (from a fraction or an epoch in milliseconds), or {@link #UNSET}. */
    int millis;
    int offsetSeconds;
    long epochSecond;
    boolean hasEpoch;
    boolean present;

    void reset() {
        year = UNSET;
        month = UNSET;
        day = UNSET;
        dayOfYear = UNSET;
        hour = UNSET;
        hour12 = UNSET;
        hasAmPm = false;
        minute = UNSET;
        second = UNSET;
        millis = UNSET;
        offsetSeconds = UNSET;
        hasEpoch = false;
        present = false;
    }

    /**
     * Sets the record's timestamp from the parts read; false when they do not make a valid
     * timestamp. Missing time-of-day parts count as zero; a missing offset means the local zone.
     */
    boolean complete(LogRecord record, LocalTimes localTimes) {
        if (!present) {
            return true;
        }
        int millisOfSecond = millis == UNSET ? 0 : millis;
        if (hasEpoch) {
            int offset = offsetSeconds == UNSET ? 0 : offsetSeconds;
            record.setTimestamp(epochSecond, millisOfSecond, offset);
            return true;
        }
        if (year == UNSET || !resolveDay() || !resolveHour()) {
            return false;
        }
        int minutes = minute == UNSET ? 0 : minute;
        int seconds = second == UNSET ? 0 : second;
        if (!CivilDates.isValidDate(year, month, day) || !CivilDates.isValidTime(hour, minutes, seconds)) {
            return false;
        }
        long local = CivilDates.epochSecond(year, month, day, hour, minutes, seconds);
        int offset = offsetSeconds == UNSET ? localTimes.offsetAt(local) : offsetSeconds;
        record.setTimestamp(local - offset, millisOfSecond, offset);
        return true;
    }

    private boolean resolveDay() {
        if (month != UNSET && day != UNSET) {
            return true;
        }
        if (dayOfYear == UNSET || dayOfYear < 1) {
            return false;
        }
        int remaining = dayOfYear;
        for (int m = 1; m <= 12; m++) {
            int length = CivilDates.daysInMonth(year, m);
            if (remaining <= length) {
                month = m;
                day = remaining;
                return true;
            }
            remaining -= length;
        }
        return false;
    }

    private boolean resolveHour() {
        if (hour12 != UNSET) {
            if (hour12 < 1 || hour12 > 12) {
                return false;
            }
            hour = hour12 % 12 + (hasAmPm && pm ? 12 : 0);
        }
        if (hour == UNSET) {
            hour = 0;
        }
        return true;
    }
}
