package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettledMonthsTest {
    private static final SiteMonth NOVEMBER = new SiteMonth("www.example.org", LocalDate.of(2026, 11, 1));
    private static final SiteMonth OCTOBER = new SiteMonth("www.example.org", LocalDate.of(2026, 10, 1));
    private static final SiteMonth BLOG_NOVEMBER = new SiteMonth("blog.example.org", LocalDate.of(2026, 11, 1));
    private static final Instant RUN = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final SettledMonths settled = new SettledMonths(Duration.ofMinutes(10));

    @Test
    void aMonthFirstSeenDirtyWaitsForTheNextRun() {
        assertEquals(List.of(), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN));
    }

    @Test
    void aMonthWhoseSiteVersionStoodStillSinceTheLastRunIsFolded() {
        settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN);

        assertEquals(List.of(NOVEMBER), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN.plus(MINUTE)));
    }

    @Test
    void aMonthWhoseSiteIsStillChangingWaits() {
        settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN);

        assertEquals(List.of(), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 9)), RUN.plus(MINUTE)));
        assertEquals(List.of(), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 12)), RUN.plus(MINUTE.multipliedBy(2))));
        assertEquals(List.of(NOVEMBER), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 12)), RUN.plus(MINUTE.multipliedBy(3))));
    }

    @Test
    void aMonthWhoseSiteNeverStopsChangingIsFoldedOnceItHasWaitedTheLongestWait() {
        for (int run = 0; run < 10; run++) {
            assertEquals(List.of(), settled.toFold(List.of(new DirtyMonth(NOVEMBER, run)), RUN.plus(MINUTE.multipliedBy(run))));
        }

        assertEquals(List.of(NOVEMBER), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 10)), RUN.plus(Duration.ofMinutes(10))));
    }

    @Test
    void aFoldedMonthMarkedDirtyAgainWaitsAgain() {
        settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN);
        settled.toFold(List.of(new DirtyMonth(NOVEMBER, 7)), RUN.plus(MINUTE));

        assertEquals(List.of(), settled.toFold(List.of(new DirtyMonth(NOVEMBER, 8)), RUN.plus(MINUTE.multipliedBy(2))));
    }

    @Test
    void eachMonthSettlesOnItsOwnSiteVersionInTheOrderGiven() {
        settled.toFold(List.of(new DirtyMonth(OCTOBER, 7), new DirtyMonth(BLOG_NOVEMBER, 3), new DirtyMonth(NOVEMBER, 7)), RUN);

        List<SiteMonth> fold = settled.toFold(List.of(new DirtyMonth(OCTOBER, 7), new DirtyMonth(BLOG_NOVEMBER, 4),
                new DirtyMonth(NOVEMBER, 7)), RUN.plus(MINUTE));

        assertEquals(List.of(OCTOBER, NOVEMBER), fold);
    }

    @Test
    void withNoWaitEveryDirtyMonthIsFoldedWhenSeen() {
        SettledMonths at = new SettledMonths(Duration.ZERO);

        assertEquals(List.of(OCTOBER, NOVEMBER),
                at.toFold(List.of(new DirtyMonth(OCTOBER, 1), new DirtyMonth(NOVEMBER, 2)), RUN));
    }
}
