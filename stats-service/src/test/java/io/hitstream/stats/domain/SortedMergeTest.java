package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedMergeTest {
    private static final Comparator<Tally> BY_KEY = Comparator.comparing(Tally::key);

    @Test
    void listsMergeIntoOneSortedListWithEqualElementsCombined() {
        List<Tally> merged = SortedMerge.of(List.of(
                List.of(new Tally("a", 1), new Tally("d", 1), new Tally("x", 1)),
                List.of(new Tally("b", 2), new Tally("d", 2)),
                List.of(new Tally("d", 3), new Tally("z", 3))), BY_KEY, Tally::plus);

        assertEquals(List.of(new Tally("a", 1), new Tally("b", 2), new Tally("d", 6), new Tally("x", 1),
                new Tally("z", 3)), merged);
    }

    @Test
    void combineGetsTheEarlierListsElementFirst() {
        List<String> merged = SortedMerge.of(List.of(List.of("a1"), List.of("a2"), List.of("a3")),
                Comparator.comparing(text -> text.charAt(0)), (earlier, later) -> earlier + "<" + later);

        assertEquals(List.of("a1<a2<a3"), merged);
    }

    @Test
    void noListsMergeIntoNothing() {
        assertEquals(List.of(), SortedMerge.of(List.<List<Tally>>of(), BY_KEY, Tally::plus));
    }

    private record Tally(String key, int count) {
        Tally plus(Tally other) {
            return new Tally(key, count + other.count);
        }
    }
}
