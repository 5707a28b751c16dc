package io.hitstream.resolver.domain;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the resolver's work since start, read by the metrics endpoint. */
public final class ResolverStatistics {
    private final LongAdder lookups = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder cacheMisses = new LongAdder();
    private final LongAdder dnsQueries = new LongAdder();
    private final LongAdder dnsTimeouts = new LongAdder();
    private final LongAdder queueOverflows = new LongAdder();

    void lookedUp(int addresses) {
        lookups.add(addresses);
    }

    void cacheHit() {
        cacheHits.increment();
    }

    void cacheMiss() {
        cacheMisses.increment();
    }

    void dnsQuerySent() {
        dnsQueries.increment();
    }

    void dnsTimedOut() {
        dnsTimeouts.increment();
    }

    void queueOverflowed() {
        queueOverflows.increment();
    }

    /** Addresses asked for, a duplicate within a request counted at each of its places. */
    public long lookups() {
        return lookups.sum();
    }

    public long cacheHits() {
        return cacheHits.sum();
    }

    public long cacheMisses() {
        return cacheMisses.sum();
    }

    /** Share of cache look-ups that found an answer, 0 before the first. */
    public double cacheHitRatio() {
        long hits = cacheHits();
        long total = hits + cacheMisses();
        return total == 0 ? 0.0 : (double) hits / total;
    }

    /** PTR lookups started against DNS (one per address, whatever the number of servers tried). */
    public long dnsQueries() {
        return dnsQueries.sum();
    }

    /** PTR lookups that no server answered in time. */
    public long dnsTimeouts() {
        return dnsTimeouts.sum();
    }

    /** Lookups refused because the queue of lookups waiting for a free slot was full. */
    public long queueOverflows() {
        return queueOverflows.sum();
    }
}
