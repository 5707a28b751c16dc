package io.hitstream.report.domain;

/**
 * One figure of the summary panel.
 *
 * @param previous the figure over the previous period, null unless compared (and for all-time figures)
 * @param changePercent the change from previous to value in percent, one decimal; null when not compared or when
 *     previous was zero
 */
public record Figure(String name, Number value, Number previous, Double changePercent) {

    static Figure of(String name, Number value, Number previous) {
        if (previous == null || previous.doubleValue() == 0) {
            return new Figure(name, value, previous, null);
        }
        double change = 100 * (value.doubleValue() - previous.doubleValue()) / previous.doubleValue();
        return new Figure(name, value, previous, Math.round(change * 10) / 10.0);
    }
}
