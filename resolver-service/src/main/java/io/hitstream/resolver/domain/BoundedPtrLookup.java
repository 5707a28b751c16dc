package io.hitstream.resolver.domain;

import java.net.InetAddress;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps at most {@code maxConcurrent} PTR queries in flight, so a burst of new addresses cannot flood the DNS
 * servers; the rest wait in a FIFO queue of at most {@code maxQueued}, beyond which lookups end without answer
 * (and are retried after the cache's retry delay).
 */
public final class BoundedPtrLookup implements PtrLookup {
    private final PtrLookup dns;
    private final int maxConcurrent;
    private final int maxQueued;
    private final ResolverStatistics statistics;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    public BoundedPtrLookup(PtrLookup dns, int maxConcurrent, int maxQueued, ResolverStatistics statistics) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one concurrent DNS query is needed, got " + maxConcurrent);
        }
        this.dns = dns;
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.statistics = statistics;
    }

    @Override
    public CompletionStage<PtrResult> lookup(InetAddress address) {
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            statistics.queueOverflowed();
            return CompletableFuture.completedFuture(PtrResult.noAnswer());
        }
        CompletableFuture<PtrResult> result = new CompletableFuture<>();
        queue.add(new Waiting(address, result));
        startWhatFits();
        return result;
    }

    private void startWhatFits() {
        while (true) {
            int now = running.get();
            if (now >= maxConcurrent) {
                return;
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            Waiting next = queue.poll();
            if (next == null) {
                running.decrementAndGet();
                // Another thread may have queued a lookup while this one held the slot: look again.
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            queued.decrementAndGet();
            start(next);
        }
    }

    private void start(Waiting waiting) {
        statistics.dnsQuerySent();
        CompletionStage<PtrResult> query;
        try {
            query = dns.lookup(waiting.address());
        } catch (RuntimeException failure) {
            query = CompletableFuture.completedFuture(PtrResult.noAnswer());
        }
        query.whenComplete((result, failure) -> {
            running.decrementAndGet();
            waiting.result().complete(failure == null ? result : PtrResult.noAnswer());
            startWhatFits();
        });
    }

    private record Waiting(InetAddress address, CompletableFuture<PtrResult> result) {
    }
}
