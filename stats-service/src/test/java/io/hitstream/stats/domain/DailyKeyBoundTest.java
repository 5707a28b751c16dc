package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hitstream.rollups.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyKeyBoundTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate NEXT_DAY = DAY.plusDays(1);
    private static final DimensionDay URLS = new DimensionDay(Dimension.URL, DAY);

    private static CountedKey key(Dimension dimension, LocalDate day, String key, long hits, long bytes) {
        return new CountedKey(dimension, day.atStartOfDay(ZoneOffset.UTC).toInstant(), day, key, "",
                new KeyCounters(hits, bytes, hits, 0, 0, 0, 0, 0, 0));
    }

    private static CountedKey url(String url, long hits) {
        return key(Dimension.URL, DAY, url, hits, 10 * hits);
    }

    private static CountedKey section(String section, long hits) {
        return new CountedKey(Dimension.SECTION, Instant.parse("2026-11-01T10:00:00Z"), DAY, section, "",
                new KeyCounters(hits, 0, hits, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void newKeysCountWhileTheDayHasRoomInKeyOrderAndTheRestGoToOtherAndOverflow() {
        DailyKeyBound.Bounded bounded = new DailyKeyBound(3).apply(List.of(url("/a", 1), url("/b", 2), url("/c", 4)),
                Map.of(URLS, 2), Set.of());

        assertEquals(List.of(url("(other)", 6), url("/a", 1), key(Dimension.OVERFLOW, DAY, "URL", 6, 60)),
                bounded.countedKeys());
        assertEquals(Map.of(URLS, 3), bounded.keysAfter());
    }

    @Test
    void batchesBoundedInTurnCountAnEarlierBatchsNewKeyAsCountedAndTheRestAfterIt() {
        DailyKeyBound.InTurn bounded = new DailyKeyBound(2).inTurn(List.of(
                List.of(url("/z", 1)),
                List.of(url("/a", 2), url("/z", 3))), Map.of(URLS, 1), Set.of());

        assertEquals(List.of(List.of(url("/z", 1)),
                List.of(url("(other)", 2), url("/z", 3), key(Dimension.OVERFLOW, DAY, "URL", 2, 20))),
                bounded.batches());
        assertEquals(Map.of(URLS, 2), bounded.keysAfter());
        assertEquals(Set.of(new DayKey(Dimension.URL, DAY, "/z", "")), bounded.newKeys());
    }

    @Test
    void newKeysAreTheKeysTheBoundTookThatNoDayCountedBefore() {
        DailyKeyBound.InTurn bounded = new DailyKeyBound(3).inTurn(List.of(
                List.of(url("/a", 1), url("/b", 2)),
                List.of(url("/b", 3), url("/c", 4), url("(other)", 5))), Map.of(URLS, 1),
                Set.of(new DayKey(Dimension.URL, DAY, "/a", "")));

        assertEquals(Set.of(new DayKey(Dimension.URL, DAY, "/b", ""), new DayKey(Dimension.URL, DAY, "/c", "")),
                bounded.newKeys());
    }

    @Test
    void keysTheDayCountedBeforeKeepCountingPastTheBound() {
        DailyKeyBound.Bounded bounded = new DailyKeyBound(2).apply(List.of(url("/a", 1), url("/z", 2)),
                Map.of(URLS, 2), Set.of(new DayKey(Dimension.URL, DAY, "/a", ""), new DayKey(Dimension.URL, DAY, "/z", "")));

        assertEquals(List.of(url("/a", 1), url("/z", 2)), bounded.countedKeys());
        assertEquals(Map.of(), bounded.keysAfter());
    }

    @Test
    void otherAndOverflowSentByIngestAreAddedToAndCountNoKey() {
        DailyKeyBound.Bounded bounded = new DailyKeyBound(1).apply(List.of(url("(other)", 5), url("/new", 1),
                key(Dimension.OVERFLOW, DAY, "URL", 5, 50)), Map.of(URLS, 1), Set.of());

        assertEquals(List.of(url("(other)", 6), key(Dimension.OVERFLOW, DAY, "URL", 6, 60)),
                bounded.countedKeys());
        assertEquals(Map.of(), bounded.keysAfter());
    }

    @Test
    void eachDimensionAndDayHasItsOwnBudget() {
        CountedKey nextDay = key(Dimension.URL, NEXT_DAY, "/b", 1, 10);
        CountedKey referrer = key(Dimension.REFERRER_DOMAIN, DAY, "example.com", 1, 10);

        DailyKeyBound.Bounded bounded = new DailyKeyBound(1).apply(List.of(url("/a", 1), nextDay, referrer),
                Map.of(), Set.of());

        assertEquals(List.of(url("/a", 1), nextDay, referrer), bounded.countedKeys());
        assertEquals(Map.of(URLS, 1, new DimensionDay(Dimension.URL, NEXT_DAY), 1,
                new DimensionDay(Dimension.REFERRER_DOMAIN, DAY), 1), bounded.keysAfter());
    }

    @Test
    void minuteAndHourKeysAreNotBounded() {
        List<CountedKey> sections = List.of(section("/a", 1), section("/b", 1));

        DailyKeyBound.Bounded bounded = new DailyKeyBound(1).apply(sections, Map.of(), Set.of());

        assertEquals(sections, bounded.countedKeys());
        assertEquals(List.of(), DailyKeyBound.days(sections));
    }

    @Test
    void budgetsAreLockedByDimensionThenDay() {
        List<DimensionDay> days = DailyKeyBound.days(List.of(key(Dimension.REFERRER_URL, DAY, "r", 1, 0),
                key(Dimension.URL, NEXT_DAY, "/b", 1, 0), url("/a", 1), url("/c", 1)));

        assertEquals(List.of(URLS, new DimensionDay(Dimension.URL, NEXT_DAY), new DimensionDay(Dimension.REFERRER_URL, DAY)),
                days);
    }

    @Test
    void aBoundBelowOneKeyIsRefused() {
        assertEquals("at least one key a day is needed, not 0",
                assertThrows(IllegalArgumentException.class, () -> new DailyKeyBound(0)).getMessage());
    }
}
