package io.hitstream.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hitstream.report.domain.AnswerKey;
import io.hitstream.report.domain.DateRange;
import io.hitstream.report.domain.SiteSpan;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReportCacheTest {
    private static final DateRange NOVEMBER = new DateRange(LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"));

    private static final long MEBIBYTE = 1024 * 1024;

    private final AtomicInteger reads = new AtomicInteger();

    private static AnswerKey summaryAt(long dataVersion) {
        return AnswerKey.of("summary", new SiteSpan("www.example.org", "UTC", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-11-30"), dataVersion), NOVEMBER);
    }

    /** A read that answers how many reads ran, this one included. */
    private Uni<Integer> read() {
        return Uni.createFrom().item(reads::incrementAndGet);
    }

    private static int get(ReportCache cache, AnswerKey key, Supplier<Uni<Integer>> read) {
        return cache.get(key, read).await().indefinitely();
    }

    @Test
    void anAnswerIsReadOnceForTheSameKey() {
        ReportCache cache = new ReportCache(MEBIBYTE);

        assertEquals(1, get(cache, summaryAt(7), this::read));
        assertEquals(1, get(cache, summaryAt(7), this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void aNewDataVersionIsReadAgain() {
        ReportCache cache = new ReportCache(MEBIBYTE);
        get(cache, summaryAt(7), this::read);

        assertEquals(2, get(cache, summaryAt(8), this::read));
    }

    @Test
    void sizeZeroKeepsNothing() {
        ReportCache cache = new ReportCache(0);
        get(cache, summaryAt(7), this::read);

        assertEquals(2, get(cache, summaryAt(7), this::read));
    }

    @Test
    void anAnswerHeavierThanTheBoundIsNotKept() {
        ReportCache cache = new ReportCache(1000);
        String page = "x".repeat(500);

        assertEquals(page, cache.get(summaryAt(7), () -> Uni.createFrom().item(page)).await().indefinitely());
        assertEquals(1, get(cache, summaryAt(7), this::read));
    }

    @Test
    void aFailedReadIsNotKept() {
        ReportCache cache = new ReportCache(MEBIBYTE);

        assertThrows(IllegalStateException.class, () -> get(cache, summaryAt(7),
                () -> Uni.createFrom().failure(new IllegalStateException("database down"))));
        assertEquals(1, get(cache, summaryAt(7), this::read));
    }
}
