package io.hitstream.stats.domain;

/** Hits and 5xx responses of a site over some minutes. */
public record MinuteTotals(long hits, long status5xx) {
    public static final MinuteTotals NONE = new MinuteTotals(0, 0);

    public MinuteTotals plus(MinuteTotals other) {
        return new MinuteTotals(hits + other.hits, status5xx + other.status5xx);
    }
}
