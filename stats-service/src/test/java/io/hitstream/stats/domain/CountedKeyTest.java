package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.rollups.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountedKeyTest {
    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOV_1_TEN = Instant.parse("2026-11-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private static CountedKey key(Dimension dimension, Instant periodStart, LocalDate date, String key, String key2) {
        return new CountedKey(dimension, periodStart, date, key, key2, KeyCounters.hitsOnly(1));
    }

    private static CountedKey url(KeyCounters counters) {
        return new CountedKey(Dimension.URL, NOV_1, DAY, "/a", "", counters);
    }

    @Test
    void orderIsMinuteHourDayThenDimensionPeriodLocalDateKeyAndKey2() {
        CountedKey section = key(Dimension.SECTION, NOV_1_TEN, DAY, "/a", "");
        CountedKey pattern = key(Dimension.PATTERN, NOV_1, DAY, "p", "");
        CountedKey requestGroupEarly = key(Dimension.REQUEST_GROUP, NOV_1, DAY, "z", "");
        CountedKey requestGroupLate = key(Dimension.REQUEST_GROUP, NOV_1_TEN, DAY, "a", "");
        CountedKey urlA = key(Dimension.URL, NOV_1, DAY, "/a", "");
        CountedKey urlAWithKey2 = key(Dimension.URL, NOV_1, DAY, "/a", "x");
        CountedKey urlB = key(Dimension.URL, NOV_1, DAY, "/b", "");
        CountedKey urlNextDate = key(Dimension.URL, NOV_1, DAY.plusDays(1), "/a", "");
        CountedKey clientDomain = key(Dimension.CLIENT_DOMAIN, NOV_1, DAY, "a.example", "");
        List<CountedKey> keys = new ArrayList<>(List.of(section, urlNextDate, urlB, clientDomain, requestGroupLate,
                urlAWithKey2, pattern, urlA, requestGroupEarly));

        keys.sort(CountedKey.ORDER);

        assertEquals(List.of(section, requestGroupEarly, requestGroupLate, pattern, urlA, urlAWithKey2, urlB,
                urlNextDate, clientDomain), keys);
    }

    @Test
    void plusKeepsTheKeyAndAddsTheCounters() {
        CountedKey earlier = url(new KeyCounters(1, 10, 1, 0, 0, 0, 0, 5, 1));
        CountedKey later = url(new KeyCounters(2, 20, 1, 1, 0, 0, 1, 7, 2));

        assertEquals(url(new KeyCounters(3, 30, 2, 1, 0, 0, 1, 12, 3)), earlier.plus(later));
    }
}
