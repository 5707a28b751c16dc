package io.hitstream.agent.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Picks items at random in proportion to fixed weights. */
final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedPicker(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException(items.size() + " items for " + weights.length + " weights");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Items with one weight each, in the same order. */
    static <T> WeightedPicker<T> of(List<T> items, double... weights) {
        return new WeightedPicker<>(items, weights);
    }

    /** Zipf popularity: the item at rank r (from 0) weighs 1/(r+1)^exponent, so a few items take most picks. */
    static <T> WeightedPicker<T> zipf(List<T> items, double exponent) {
        double[] weights = new double[items.size()];
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] = 1 / Math.pow(rank + 1, exponent);
        }
        return new WeightedPicker<>(items, weights);
    }

    T pick(Random random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        int index = found >= 0 ? found + 1 : -found - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
