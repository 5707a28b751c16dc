package io.hitstream.logformat;

/** Proleptic Gregorian calendar arithmetic on plain ints, so timestamps are read without allocating. */
final class CivilDates {
    /** The largest zone offset, in seconds, java.time accepts. */
    static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private CivilDates() {
    }

    static boolean isValidDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    static boolean isValidTime(int hour, int minute, int second) {
        return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4, 6, 9, 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Seconds since 1970-01-01T00:00 of a valid local date and time, as if in UTC. */
    static long epochSecond(int year, int month, int day, int hour, int minute, int second) {
        return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
