package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lord Howe Island keeps +10:30 in winter and +11:00 in summer: its clocks move by half an hour,
 * at 02:00 local time, on 2026-04-05 (back to 01:30) and on 2026-10-04 (on to 02:30).
 */
class LocalHoursTest {
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    /** The hour of each instant, asked of one LocalHours in this order, as "start instant, local date". */
    private static List<String> hoursOf(ZoneId zone, String... instants) {
        LocalHours hours = new LocalHours(zone);
        List<String> answers = new ArrayList<>();
        for (String instant : instants) {
            answers.add(describe(hours.hourOf(Instant.parse(instant).getEpochSecond())));
        }
        return answers;
    }

    private static String describe(LocalHours.LocalHour hour) {
        return Instant.ofEpochSecond(hour.startEpochSecond()) + " " + hour.date();
    }

    @Test
    void summerTimeStartAtLordHoweMakesTheHourAfterTheGapHalfAnHourLong() {
        assertEquals(List.of(
                "2026-10-03T14:30:00Z 2026-10-04",
                "2026-10-03T14:30:00Z 2026-10-04",
                "2026-10-03T15:30:00Z 2026-10-04",
                "2026-10-03T15:30:00Z 2026-10-04",
                "2026-10-03T16:00:00Z 2026-10-04",
                "2026-10-03T16:00:00Z 2026-10-04"),
                hoursOf(LORD_HOWE,
                        "2026-10-03T14:30:00Z", // 01:00 +10:30
                        "2026-10-03T15:29:59Z", // 01:59:59 +10:30, the last second before the clocks go on
                        "2026-10-03T15:30:00Z", // 02:30 +11:00
                        "2026-10-03T15:59:59Z", // 02:59:59 +11:00
                        "2026-10-03T16:00:00Z", // 03:00 +11:00
                        "2026-10-03T16:29:59Z")); // 03:29:59 +11:00
    }

    @Test
    void summerTimeEndAtLordHoweCountsTheRepeatedHalfHourAsAnHourOfItsOwn() {
        assertEquals(List.of(
                "2026-04-04T14:00:00Z 2026-04-05",
                "2026-04-04T14:00:00Z 2026-04-05",
                "2026-04-04T15:00:00Z 2026-04-05",
                "2026-04-04T15:00:00Z 2026-04-05",
                "2026-04-04T15:30:00Z 2026-04-05"),
                hoursOf(LORD_HOWE,
                        "2026-04-04T14:00:00Z", // 01:00 +11:00
                        "2026-04-04T14:59:59Z", // 01:59:59 +11:00, the last second before the clocks go back
                        "2026-04-04T15:00:00Z", // 01:30 +10:30, the half hour again
                        "2026-04-04T15:29:59Z", // 01:59:59 +10:30
                        "2026-04-04T15:30:00Z")); // 02:00 +10:30
    }

    @Test
    void lordHoweTransitionDaysStartAtLocalMidnight() {
        assertEquals(List.of(
                "2026-04-04T12:00:00Z 2026-04-04",
                "2026-04-04T13:00:00Z 2026-04-05",
                "2026-04-05T12:30:00Z 2026-04-05",
                "2026-04-05T13:30:00Z 2026-04-06",
                "2026-10-03T12:30:00Z 2026-10-03",
                "2026-10-03T13:30:00Z 2026-10-04",
                "2026-10-04T12:00:00Z 2026-10-04",
                "2026-10-04T13:00:00Z 2026-10-05"),
                hoursOf(LORD_HOWE,
                        "2026-04-04T12:59:59Z", // 23:59:59 +11:00
                        "2026-04-04T13:00:00Z", // 00:00 +11:00 on the day the clocks go back
                        "2026-04-05T13:29:59Z", // 23:59:59 +10:30
                        "2026-04-05T13:30:00Z", // 00:00 +10:30 the next day
                        "2026-10-03T13:29:59Z", // 23:59:59 +10:30
                        "2026-10-03T13:30:00Z", // 00:00 +10:30 on the day the clocks go on
                        "2026-10-04T12:59:59Z", // 23:59:59 +11:00
                        "2026-10-04T13:00:00Z")); // 00:00 +11:00 the next day
    }

    @Test
    void everyMinuteOfTheLordHoweTransitionDaysGetsTheHourItWouldGetAlone() {
        for (String day : List.of("2026-04-04T10:00:00Z", "2026-10-03T10:00:00Z")) {
            long from = Instant.parse(day).getEpochSecond();
            long to = from + 12 * 3600;
            LocalHours forwards = new LocalHours(LORD_HOWE);
            LocalHours backwards = new LocalHours(LORD_HOWE);
            for (long second = from; second < to; second += 60) {
                long mirrored = from + to - 60 - second;

                assertEquals(describe(new LocalHours(LORD_HOWE).hourOf(second)), describe(forwards.hourOf(second)));
                assertEquals(describe(new LocalHours(LORD_HOWE).hourOf(mirrored)), describe(backwards.hourOf(mirrored)));
            }
        }
    }
}
