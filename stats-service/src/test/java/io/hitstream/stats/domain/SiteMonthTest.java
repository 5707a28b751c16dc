package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteMonthTest {
    @Test
    void distinctMonthsAreInSiteThenMonthOrder() {
        List<SiteMonth> days = List.of(
                SiteMonth.of("www.example.org", LocalDate.of(2026, 12, 6)),
                SiteMonth.of("blog.example.org", LocalDate.of(2026, 12, 1)),
                SiteMonth.of("www.example.org", LocalDate.of(2026, 11, 30)),
                SiteMonth.of("www.example.org", LocalDate.of(2026, 12, 5)),
                SiteMonth.of("blog.example.org", LocalDate.of(2026, 12, 31)));

        assertEquals(List.of(
                        new SiteMonth("blog.example.org", LocalDate.of(2026, 12, 1)),
                        new SiteMonth("www.example.org", LocalDate.of(2026, 11, 1)),
                        new SiteMonth("www.example.org", LocalDate.of(2026, 12, 1))),
                SiteMonth.distinctInOrder(days));
    }
}
