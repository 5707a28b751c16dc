package io.hitstream.report.domain;

/** Hits per HTTP status class; {@code other} counts statuses outside 200-599. */
public record StatusClasses(long status2xx, long status3xx, long status4xx, long status5xx, long other) {
    public static final StatusClasses NONE = new StatusClasses(0, 0, 0, 0, 0);

    public StatusClasses plus(StatusClasses more) {
        return new StatusClasses(status2xx + more.status2xx, status3xx + more.status3xx,
                status4xx + more.status4xx, status5xx + more.status5xx, other + more.other);
    }
}
