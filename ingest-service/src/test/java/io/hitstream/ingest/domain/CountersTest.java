package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountersTest {
    @Test
    void aLineCountsItsHitsUnderItsStatusClassOnly() {
        Counters line = new Counters();
        line.resetToHits(3);
        line.setStatus(404);

        assertEquals(List.of(0L, 0L, 3L, 0L, 0L), classes(line));
    }

    @Test
    void statusesOutside200To599CountAsOther() {
        Counters line = new Counters();
        line.resetToOneHit();
        line.setStatus(101);

        assertEquals(List.of(0L, 0L, 0L, 0L, 1L), classes(line));
    }

    @Test
    void addingSumsEveryStatusClassWhenAskedTo() {
        Counters total = new Counters();
        total.add(lineOf(200), true, false);
        total.add(lineOf(301), true, false);
        total.add(lineOf(503), true, false);
        total.add(lineOf(204), true, false);
        total.add(lineOf(999), true, false);

        assertEquals(List.of(2L, 1L, 0L, 1L, 1L), classes(total));
        assertEquals(5, total.hits());
    }

    @Test
    void addingWithoutStatusClassesCountsOnlyHitsAndBytes() {
        Counters total = new Counters();
        Counters line = lineOf(500);
        line.setBytes(1_234);
        total.add(line, false, false);

        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), classes(total));
        assertEquals(1_234, total.bytes());
    }

    @Test
    void resettingClearsTheStatusClassOfTheLineBefore() {
        Counters line = lineOf(500);
        line.resetToOneHit();

        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), classes(line));
    }

    private static Counters lineOf(int status) {
        Counters line = new Counters();
        line.resetToOneHit();
        line.setStatus(status);
        return line;
    }

    private static List<Long> classes(Counters counters) {
        return List.of(counters.status(StatusClass.SUCCESS), counters.status(StatusClass.REDIRECTION),
                counters.status(StatusClass.CLIENT_ERROR), counters.status(StatusClass.SERVER_ERROR),
                counters.status(StatusClass.OTHER));
    }
}
