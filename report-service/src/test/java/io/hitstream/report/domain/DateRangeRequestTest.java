package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeRequestTest {
    private static final int MAX_DAYS = 366;
    private static final SiteSpan WEEK = new SiteSpan("www.example.org", "UTC",
            LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-07"), 1);
    private static final SiteSpan TWO_YEARS = new SiteSpan("www.example.org", "UTC",
            LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"), 1);

    @Test
    void missingDatesDefaultToTheFirstAndLastDayWithData() {
        assertEquals(range("2026-11-01", "2026-11-07"), DateRangeRequest.parse(null, null).resolve(WEEK, MAX_DAYS));
    }

    @Test
    void blankDatesCountAsMissing() {
        assertEquals(range("2026-11-01", "2026-11-07"), DateRangeRequest.parse("", " ").resolve(WEEK, MAX_DAYS));
    }

    @Test
    void givenDatesAreUsedEvenOutsideTheData() {
        assertEquals(range("2026-10-30", "2026-11-02"),
                DateRangeRequest.parse("2026-10-30", "2026-11-02").resolve(WEEK, MAX_DAYS));
    }

    @Test
    void onlyFromDefaultsToToTheLastDayWithData() {
        assertEquals(range("2026-11-03", "2026-11-07"), DateRangeRequest.parse("2026-11-03", null).resolve(WEEK, MAX_DAYS));
    }

    @Test
    void onlyToDefaultsFromToTheFirstDayWithData() {
        assertEquals(range("2026-11-01", "2026-11-04"), DateRangeRequest.parse(null, "2026-11-04").resolve(WEEK, MAX_DAYS));
    }

    @Test
    void onlyFromAfterTheDataGivesThatOneDay() {
        assertEquals(range("2026-12-01", "2026-12-01"), DateRangeRequest.parse("2026-12-01", null).resolve(WEEK, MAX_DAYS));
    }

    @Test
    void onlyToBeforeTheDataGivesThatOneDay() {
        assertEquals(range("2026-10-01", "2026-10-01"), DateRangeRequest.parse(null, "2026-10-01").resolve(WEEK, MAX_DAYS));
    }

    @Test
    void defaultsOverLongDataKeepTheLatest366Days() {
        assertEquals(range("2025-12-31", "2026-12-31"), DateRangeRequest.parse(null, null).resolve(TWO_YEARS, MAX_DAYS));
    }

    @Test
    void defaultedToStopsAfter366Days() {
        assertEquals(range("2025-01-01", "2026-01-01"),
                DateRangeRequest.parse("2025-01-01", null).resolve(TWO_YEARS, MAX_DAYS));
    }

    @Test
    void defaultedFromStartsAt366DaysBeforeTo() {
        assertEquals(range("2025-06-01", "2026-06-01"), DateRangeRequest.parse(null, "2026-06-01").resolve(TWO_YEARS, MAX_DAYS));
    }

    @Test
    void aRangeOf366DaysIsAccepted() {
        assertEquals(366, DateRangeRequest.parse("2024-01-01", "2024-12-31").resolve(WEEK, MAX_DAYS).days().size());
    }

    @Test
    void aRangeOf367DaysIsRefused() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> DateRangeRequest.parse("2024-01-01", "2025-01-01").resolve(WEEK, MAX_DAYS));
        assertEquals("range 2024-01-01 to 2025-01-01 is 367 days long; ask for at most 366 days at once", refused.getMessage());
    }

    @Test
    void fromAfterToIsRefused() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> DateRangeRequest.parse("2026-11-05", "2026-11-04").resolve(WEEK, MAX_DAYS));
        assertEquals("from 2026-11-05 is after to 2026-11-04: swap the two dates", refused.getMessage());
    }

    @Test
    void aDateInAnotherFormatIsRefusedWithoutEchoingIt() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> DateRangeRequest.parse("11/05/2026<b>", null));
        assertEquals("from must be a date as YYYY-MM-DD, such as 2026-11-04", refused.getMessage());
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> DateRangeRequest.parse(null, "2026-02-30"));
        assertEquals("to is not a calendar date: 2026-02-30 (check the day of the month)", refused.getMessage());
    }

    @Test
    void aShorterConfiguredMaximumRefusesALongerRange() {
        InvalidRangeException refused = assertThrows(InvalidRangeException.class,
                () -> DateRangeRequest.parse("2026-11-01", "2026-11-08").resolve(WEEK, 7));
        assertEquals("range 2026-11-01 to 2026-11-08 is 8 days long; ask for at most 7 days at once",
                refused.getMessage());
    }

    @Test
    void defaultsKeepToAShorterConfiguredMaximum() {
        assertEquals(range("2026-11-05", "2026-11-07"), DateRangeRequest.parse(null, null).resolve(WEEK, 3));
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
