package io.hitstream.resolver.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The in-memory cache: at most {@code maxEntries} answers in their handed-out form, each dropped at its own expiry instant. */
final class NameCache<F> {
    private final Cache<InetAddress, Entry<F>> cache;

    NameCache(int maxEntries, Clock clock) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new UntilExpiresAt<F>(clock))
                // Evict on the writing thread, so the bound already holds when a put returns.
                .executor(Runnable::run)
                .build();
    }

    /** The unexpired answer for {@code address}, or {@code null}. */
    F get(InetAddress address) {
        Entry<F> entry = cache.getIfPresent(address);
        return entry == null ? null : entry.answer();
    }

    void put(InetAddress address, F answer, Instant expiresAt) {
        cache.put(address, new Entry<>(answer, expiresAt));
    }

    void putIfAbsent(InetAddress address, F answer, Instant expiresAt) {
        cache.asMap().putIfAbsent(address, new Entry<>(answer, expiresAt));
    }

    /** Entries now, including expired ones not yet evicted. */
    long size() {
        return cache.estimatedSize();
    }

    private record Entry<F>(F answer, Instant expiresAt) {
    }

    /** Each entry lives until its own expiry instant, whether fresh from DNS or loaded from the database. */
    private record UntilExpiresAt<F>(Clock clock) implements Expiry<InetAddress, Entry<F>> {
        private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

        @Override
        public long expireAfterCreate(InetAddress address, Entry<F> entry, long currentTime) {
            return remaining(entry.expiresAt());
        }

        @Override
        public long expireAfterUpdate(InetAddress address, Entry<F> entry, long currentTime,
                                      long currentDuration) {
            return remaining(entry.expiresAt());
        }

        @Override
        public long expireAfterRead(InetAddress address, Entry<F> entry, long currentTime,
                                    long currentDuration) {
            return currentDuration;
        }

        private long remaining(Instant expiresAt) {
            Duration left = Duration.between(clock.instant(), expiresAt);
            if (left.isNegative()) {
                return 0;
            }
            // Caffeine caps durations itself; only keep toNanos from overflowing for absurd TTLs.
            return left.compareTo(MAX_NANOS) >= 0 ? Long.MAX_VALUE : left.toNanos();
        }
    }
}
