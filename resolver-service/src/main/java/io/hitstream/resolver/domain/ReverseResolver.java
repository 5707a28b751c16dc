package io.hitstream.resolver.domain;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * logres as a service: answers addresses from a bounded in-memory cache, asks DNS for the others with one query per
 * address however many callers want it at once (single flight), and hands every DNS answer to a {@link NameStore}.
 * Answers are handed out in the form {@code F} that {@link AnswerForm} makes of them; a cached answer is kept in
 * that form, so answering it again costs no conversion.
 */
public final class ReverseResolver<F> {
    private final Mode mode;
    private final boolean resolvePrivate;
    private final PtrLookup dns;
    private final AnswerFactory answers;
    private final AnswerForm<F> form;
    private final F invalid;
    private final NameStore store;
    private final ResolverStatistics statistics;
    private final Clock clock;
    private final NameCache<F> cache;
    private final Map<InetAddress, CompletableFuture<F>> inFlight = new ConcurrentHashMap<>();

    public ReverseResolver(ResolverSettings settings, PtrLookup dns, AnswerFactory answers, AnswerForm<F> form,
                           NameStore store, ResolverStatistics statistics, Clock clock) {
        this.mode = settings.mode();
        this.resolvePrivate = settings.resolvePrivate();
        this.dns = dns;
        this.answers = answers;
        this.form = form;
        this.invalid = form.of(NameAnswer.INVALID);
        this.store = store;
        this.statistics = statistics;
        this.clock = clock;
        this.cache = new NameCache<>(settings.cache().maxEntries(), clock);
    }

    /**
     * Answers every address of {@code ips}, in their order: cached ones at once, the others as soon as DNS answers
     * but no later than {@code wait}, after which those still pending come back as timed out (their lookups go on
     * and fill the cache for the next request).
     */
    public CompletionStage<List<F>> resolveAll(List<String> ips, Duration wait) {
        List<Lookup> lookups = new ArrayList<>(ips.size());
        List<CompletableFuture<F>> pending = new ArrayList<>();
        for (String ip : ips) {
            Lookup lookup = lookup(ip);
            lookups.add(lookup);
            if (lookup.pending() != null) {
                pending.add(lookup.pending());
            }
        }
        statistics.lookedUp(lookups.size());
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
            CachedAnswer answer = answers.fromStored(address, stored.hostName(), stored.expiresAt());
            cache.putIfAbsent(address, form.of(answer.answer()), answer.expiresAt());
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
        InetAddress address = IpAddressText.parse(ip);
        if (address == null) {
            return answered(invalid);
        }
        if (mode == Mode.OFF) {
            return answered(form.of(answers.withoutName(Outcome.DISABLED, address)));
        }
        if (!resolvePrivate && ReservedAddresses.contains(address)) {
            return answered(form.of(answers.withoutName(Outcome.NO_NAME, address)));
        }
        F cached = cache.get(address);
        if (cached != null) {
            statistics.cacheHit();
            return answered(cached);
        }
        statistics.cacheMiss();
        if (mode == Mode.CACHE_ONLY) {
            return answered(form.of(answers.withoutName(Outcome.DISABLED, address)));
        }
        return new Lookup(address, null, singleFlight(address));
    }

    private CompletableFuture<F> singleFlight(InetAddress address) {
        CompletableFuture<F> mine = new CompletableFuture<>();
        CompletableFuture<F> running = inFlight.putIfAbsent(address, mine);
        if (running != null) {
            return running;
        }
        // A flight for this address may have landed between the cache miss and the claim above.
        F landed = cache.get(address);
        if (landed != null) {
            inFlight.remove(address, mine);
            mine.complete(landed);
            return mine;
        }
        dns.lookup(address).whenComplete((result, failure) ->
                land(address, mine, failure == null ? result : PtrResult.noAnswer()));
        return mine;
    }

    private void land(InetAddress address, CompletableFuture<F> flight, PtrResult result) {
        CachedAnswer answer = answers.fromPtr(address, result, clock.instant());
        if (result.kind() == PtrResult.Kind.NO_ANSWER) {
            statistics.dnsTimedOut();
        } else {
            String host = answer.answer().outcome() == Outcome.RESOLVED ? answer.answer().hostName() : null;
            store.save(new StoredName(IpAddressText.canonical(address), host, answer.expiresAt()));
        }
        F landed = form.of(answer.answer());
        // Cache first, then leave the in-flight map: a caller in between finds one or the other.
        cache.put(address, landed, answer.expiresAt());
        inFlight.remove(address, flight);
        flight.complete(landed);
    }

    private List<F> collect(List<Lookup> lookups) {
        List<F> collected = new ArrayList<>(lookups.size());
        for (Lookup lookup : lookups) {
            collected.add(lookup.answerNow());
        }
        return collected;
    }

    private Lookup answered(F answer) {
        return new Lookup(null, answer, null);
    }

    /** One address of a request and its answer: already there, or pending on DNS. */
    private final class Lookup {
        private final InetAddress address;
        private final F answer;
        private final CompletableFuture<F> pending;

        private Lookup(InetAddress address, F answer, CompletableFuture<F> pending) {
            this.address = address;
            this.answer = answer;
            this.pending = pending;
        }

        CompletableFuture<F> pending() {
            return pending;
        }

        /** The answer, or "timed out" for a lookup still waiting for DNS. */
        F answerNow() {
            if (answer != null) {
                return answer;
            }
            F landed = pending.getNow(null);
            return landed != null ? landed : form.of(answers.withoutName(Outcome.TIMED_OUT, address));
        }
    }
}
