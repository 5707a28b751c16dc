package io.hitstream.resolver.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The in-memory cache: at most {@code maxEntries} answers, each dropped at its own expiry instant. */
final class NameCache {
    private final Cache<InetAddress, CachedAnswer> cache;

    NameCache(int maxEntries, Clock clock) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new UntilExpiresAt(clock))
                // Evict on the writing thread, so the bound already holds when a put returns.
                .executor(Runnable::run)
                .build();
    }

    /** The unexpired answer for {@code address}, or {@code null}. */
    CachedAnswer get(InetAddress address) {
        return cache.getIfPresent(address);
    }

    void put(InetAddress address, CachedAnswer answer) {
        cache.put(address, answer);
    }

    void putIfAbsent(InetAddress address, CachedAnswer answer) {
        cache.asMap().putIfAbsent(address, answer);
    }

    /** Entries now, including expired ones not yet evicted. */
    long size() {
        return cache.estimatedSize();
    }

    /** Each entry lives until its own expiry instant, whether fresh from DNS or loaded from the database. */
    private record UntilExpiresAt(Clock clock) implements Expiry<InetAddress, CachedAnswer> {
        private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

        @Override
        public long expireAfterCreate(InetAddress address, CachedAnswer answer, long currentTime) {
            return remaining(answer.expiresAt());
        }

        @Override
        public long expireAfterUpdate(InetAddress address, CachedAnswer answer, long currentTime,
                                      long currentDuration) {
            return remaining(answer.expiresAt());
        }

        @Override
        public long expireAfterRead(InetAddress address, CachedAnswer answer, long currentTime,
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
