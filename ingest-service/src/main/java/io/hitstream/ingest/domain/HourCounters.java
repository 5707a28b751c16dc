package io.hitstream.ingest.domain;

import java.time.LocalDate;

/** The running totals of one local hour of a batch: hits, bytes and status classes, pages and crawler hits. */
public final class HourCounters {
    private final long startEpochSecond;
    private final LocalDate date;
    private final Counters totals = new Counters();
    private long pages;
    private long crawlerHits;

    HourCounters(long startEpochSecond, LocalDate date) {
        this.startEpochSecond = startEpochSecond;
        this.date = date;
    }

    void add(Counters line, boolean page, boolean crawler) {
        totals.add(line, true, false);
        if (page) {
            pages++;
        }
        if (crawler) {
            crawlerHits++;
        }
    }

    public long startEpochSecond() {
        return startEpochSecond;
    }

    public LocalDate date() {
        return date;
    }

    /** Hits, bytes and hits per status class. */
    public Counters totals() {
        return totals;
    }

    /** Hits on pages rather than assets. */
    public long pages() {
        return pages;
    }

    public long crawlerHits() {
        return crawlerHits;
    }
}
