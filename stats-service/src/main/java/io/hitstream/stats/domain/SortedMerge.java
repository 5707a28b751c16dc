package io.hitstream.stats.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Merges lists each sorted by the same order into one sorted list, combining the elements the order finds equal:
 * pairwise, in a balanced way, so that g lists of n elements in all cost about n log g comparisons, not the
 * n log n of sorting them again.
 */
final class SortedMerge {
    private SortedMerge() {
    }

    /**
     * @param lists each sorted by order, without two equal elements
     * @param combine the element standing for two equal ones, the earlier list's first
     */
    static <T> List<T> of(List<List<T>> lists, Comparator<? super T> order, BinaryOperator<T> combine) {
        if (lists.isEmpty()) {
            return List.of();
        }
        List<List<T>> round = lists;
        while (round.size() > 1) {
            List<List<T>> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i < round.size(); i += 2) {
                next.add(i + 1 < round.size() ? two(round.get(i), round.get(i + 1), order, combine) : round.get(i));
            }
            round = next;
        }
        return round.get(0);
    }

    private static <T> List<T> two(List<T> earlier, List<T> later, Comparator<? super T> order,
            BinaryOperator<T> combine) {
        List<T> merged = new ArrayList<>(earlier.size() + later.size());
        int i = 0;
        int j = 0;
        while (i < earlier.size() && j < later.size()) {
            T a = earlier.get(i);
            T b = later.get(j);
            int comparison = order.compare(a, b);
            if (comparison < 0) {
                merged.add(a);
                i++;
            } else if (comparison > 0) {
                merged.add(b);
                j++;
            } else {
                merged.add(combine.apply(a, b));
                i++;
                j++;
            }
        }
        merged.addAll(earlier.subList(i, earlier.size()));
        merged.addAll(later.subList(j, later.size()));
        return merged;
    }
}
