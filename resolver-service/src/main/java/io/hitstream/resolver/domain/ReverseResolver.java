package io.hitstream.resolver.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * logres as a service: answers addresses from a bounded in-memory cache, asks DNS for the others with one query per
 * address however many callers want it at once (single flight), and hands every DNS answer to a {@link NameStore}.
 */
public final class ReverseResolver {
    private final Mode mode;
    private final boolean resolvePrivate;
    private final PtrLookup dns;
    private final AnswerFactory answers;
    private final NameStore store;
    private final ResolverStatistics statistics;
    private final Clock clock;
    private final Cache<InetAddress, CachedAnswer> cache;
    private final Map<InetAddress, CompletableFuture<NameAnswer>> inFlight = new ConcurrentHashMap<>();

    public ReverseResolver(ResolverSettings settings, PtrLookup dns, AnswerFactory answers, NameStore store,
                           ResolverStatistics statistics, Clock clock) {
        this.mode = settings.mode();
        this.resolvePrivate = settings.resolvePrivate();
        this.dns = dns;
        this.answers = answers;
        this.store = store;
        this.statistics = statistics;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.cache().maxEntries())
                .expireAfter(new UntilExpiresAt(clock))
                // Evict on the writing thread, so the bound already holds when a put returns.
                .executor(Runnable::run)
                .build();
    }

    /**
     * Answers every distinct address of {@code ips}: cached ones at once, the others as soon as DNS answers but no
     * later than {@code wait}, after which those still pending come back as timed out (their lookups go on and
     * fill the cache for the next request).
     */
    public CompletionStage<List<Resolution>> resolveAll(Collection<String> ips, Duration wait) {
        Map<String, Lookup> lookups = new LinkedHashMap<>();
        List<CompletableFuture<NameAnswer>> pending = new ArrayList<>();
        for (String ip : ips) {
            if (!lookups.containsKey(ip)) {
                Lookup lookup = lookup(ip);
                lookups.put(ip, lookup);
                if (!lookup.answer().isDone()) {
                    pending.add(lookup.answer());
                }
            }
        }
        if (pending.isEmpty()) {
            return CompletableFuture.completedFuture(collect(lookups.values()));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)
                .thenApply(allOrDeadline -> collect(lookups.values()));
    }

    /** Puts a persisted answer in the cache unless it expired or a fresher one is there. */
    public void preload(StoredName stored) {
        InetAddress address = IpAddressText.parse(stored.ip());
        if (address != null && stored.expiresAt().isAfter(clock.instant())) {
            cache.asMap().putIfAbsent(address, answers.fromStored(address, stored.hostName(), stored.expiresAt()));
        }
    }

    /** Entries in the cache now, including expired ones not yet evicted. */
    public long cacheSize() {
        return cache.estimatedSize();
    }

    public ResolverStatistics statistics() {
        return statistics;
    }

    private Lookup lookup(String ip) {
        statistics.lookedUp();
        InetAddress address = IpAddressText.parse(ip);
        if (address == null) {
            return Lookup.done(ip, null, NameAnswer.INVALID);
        }
        if (mode == Mode.OFF) {
            return Lookup.done(ip, address, answers.withoutName(Outcome.DISABLED, address));
        }
        if (!resolvePrivate && ReservedAddresses.contains(address)) {
            return Lookup.done(ip, address, answers.withoutName(Outcome.NO_NAME, address));
        }
        CachedAnswer cached = cache.getIfPresent(address);
        if (cached != null) {
            statistics.cacheHit();
            return Lookup.done(ip, address, cached.answer());
        }
        statistics.cacheMiss();
        if (mode == Mode.CACHE_ONLY) {
            return Lookup.done(ip, address, answers.withoutName(Outcome.DISABLED, address));
        }
        return new Lookup(ip, address, singleFlight(address));
    }

    private CompletableFuture<NameAnswer> singleFlight(InetAddress address) {
        CompletableFuture<NameAnswer> mine = new CompletableFuture<>();
        CompletableFuture<NameAnswer> running = inFlight.putIfAbsent(address, mine);
        if (running != null) {
            return running;
        }
        // A flight for this address may have landed between the cache miss and the claim above.
        CachedAnswer landed = cache.getIfPresent(address);
        if (landed != null) {
            inFlight.remove(address, mine);
            mine.complete(landed.answer());
            return mine;
        }
        dns.lookup(address).whenComplete((result, failure) ->
                land(address, mine, failure == null ? result : PtrResult.noAnswer()));
        return mine;
    }

    private void land(InetAddress address, CompletableFuture<NameAnswer> flight, PtrResult result) {
        CachedAnswer answer = answers.fromPtr(address, result, clock.instant());
        if (result.kind() == PtrResult.Kind.NO_ANSWER) {
            statistics.dnsTimedOut();
        } else {
            String host = answer.answer().outcome() == Outcome.RESOLVED ? answer.answer().hostName() : null;
            store.save(new StoredName(IpAddressText.canonical(address), host, answer.expiresAt()));
        }
        // Cache first, then leave the in-flight map: a caller in between finds one or the other.
        cache.put(address, answer);
        inFlight.remove(address, flight);
        flight.complete(answer.answer());
    }

    private List<Resolution> collect(Collection<Lookup> lookups) {
        List<Resolution> resolutions = new ArrayList<>(lookups.size());
        for (Lookup lookup : lookups) {
            NameAnswer answer = lookup.answer().getNow(null);
            if (answer == null) {
                answer = answers.withoutName(Outcome.TIMED_OUT, lookup.address());
            }
            resolutions.add(new Resolution(lookup.ip(), answer));
        }
        return resolutions;
    }

    /** One address of a request and its answer, already there or on its way. */
    private record Lookup(String ip, InetAddress address, CompletableFuture<NameAnswer> answer) {
        static Lookup done(String ip, InetAddress address, NameAnswer answer) {
            return new Lookup(ip, address, CompletableFuture.completedFuture(answer));
        }
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
