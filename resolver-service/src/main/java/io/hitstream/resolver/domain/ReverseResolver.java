package io.hitstream.resolver.domain;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final NameCache cache;
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
        this.cache = new NameCache(settings.cache().maxEntries(), clock);
    }

    /**
     * Answers every distinct address of {@code ips}: cached ones at once, the others as soon as DNS answers but no
     * later than {@code wait}, after which those still pending come back as timed out (their lookups go on and
     * fill the cache for the next request).
     */
    public CompletionStage<List<Resolution>> resolveAll(Collection<String> ips, Duration wait) {
        Set<String> seen = new HashSet<>(ips.size() * 2);
        List<Lookup> lookups = new ArrayList<>(ips.size());
        List<CompletableFuture<NameAnswer>> pending = new ArrayList<>();
        for (String ip : ips) {
            if (seen.add(ip)) {
                Lookup lookup = lookup(ip);
                lookups.add(lookup);
                if (lookup.pending() != null) {
                    pending.add(lookup.pending());
                }
            }
        }
        if (pending.isEmpty()) {
            return CompletableFuture.completedFuture(collect(lookups));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)
                .thenApply(allOrDeadline -> collect(lookups));
    }

    /** Puts a persisted answer in the cache unless it expired or a fresher one is there. */
    public void preload(StoredName stored) {
        InetAddress address = IpAddressText.parse(stored.ip());
        if (address != null && stored.expiresAt().isAfter(clock.instant())) {
            cache.putIfAbsent(address, answers.fromStored(address, stored.hostName(), stored.expiresAt()));
        }
    }

    /** Entries in the cache now, including expired ones not yet evicted. */
    public long cacheSize() {
        return cache.size();
    }

    public ResolverStatistics statistics() {
        return statistics;
    }

    private Lookup lookup(String ip) {
        statistics.lookedUp();
        InetAddress address = IpAddressText.parse(ip);
        if (address == null) {
            return answered(ip, null, NameAnswer.INVALID);
        }
        if (mode == Mode.OFF) {
            return answered(ip, address, answers.withoutName(Outcome.DISABLED, address));
        }
        if (!resolvePrivate && ReservedAddresses.contains(address)) {
            return answered(ip, address, answers.withoutName(Outcome.NO_NAME, address));
        }
        CachedAnswer cached = cache.get(address);
        if (cached != null) {
            statistics.cacheHit();
            return answered(ip, address, cached.answer());
        }
        statistics.cacheMiss();
        if (mode == Mode.CACHE_ONLY) {
            return answered(ip, address, answers.withoutName(Outcome.DISABLED, address));
        }
        return new Lookup(ip, address, null, singleFlight(address));
    }

    private CompletableFuture<NameAnswer> singleFlight(InetAddress address) {
        CompletableFuture<NameAnswer> mine = new CompletableFuture<>();
        CompletableFuture<NameAnswer> running = inFlight.putIfAbsent(address, mine);
        if (running != null) {
            return running;
        }
        // A flight for this address may have landed between the cache miss and the claim above.
        CachedAnswer landed = cache.get(address);
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

    private List<Resolution> collect(List<Lookup> lookups) {
        List<Resolution> resolutions = new ArrayList<>(lookups.size());
        for (Lookup lookup : lookups) {
            resolutions.add(new Resolution(lookup.ip(), lookup.answerNow()));
        }
        return resolutions;
    }

    /** One address of a request and its answer: already there, or pending on DNS. */
    private final class Lookup {
        private final String ip;
        private final InetAddress address;
        private final NameAnswer answer;
        private final CompletableFuture<NameAnswer> pending;

        private Lookup(String ip, InetAddress address, NameAnswer answer, CompletableFuture<NameAnswer> pending) {
            this.ip = ip;
            this.address = address;
            this.answer = answer;
            this.pending = pending;
        }

        String ip() {
            return ip;
        }

        CompletableFuture<NameAnswer> pending() {
            return pending;
        }

        /** The answer, or "timed out" for a lookup still waiting for DNS. */
        NameAnswer answerNow() {
            if (answer != null) {
                return answer;
            }
            NameAnswer landed = pending.getNow(null);
            return landed != null ? landed : answers.withoutName(Outcome.TIMED_OUT, address);
        }
    }

    private Lookup answered(String ip, InetAddress address, NameAnswer answer) {
        return new Lookup(ip, address, answer, null);
    }
}
