package io.hitstream.stats.domain;

/** A kind of alert, with the words its log lines use (those of the access-log monitor it replaces). */
public enum AlertRule {
    TRAFFIC("High traffic", "hits"),
    ERROR_RATE("High error rate", "5xx percent"),
    LATENCY("High latency", "p99 ms"),
    SILENCE("Silence", "hits");

    private final String title;
    private final String measure;

    AlertRule(String title, String measure) {
        this.title = title;
        this.measure = measure;
    }

    public String title() {
        return title;
    }

    public String measure() {
        return measure;
    }
}
