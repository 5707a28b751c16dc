package io.hitstream.resolver.service;

import io.hitstream.resolver.domain.ResolverStatistics;
import io.hitstream.resolver.domain.ReverseResolver;
import io.hitstream.resolver.store.WriteBehindNameStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the resolver's counters on /q/metrics under {@code hitstream_resolver_*}, and takes them off again at
 * shutdown: the registry outlives the application when tests restart it in one JVM, and a meter left behind would
 * keep reading the stopped instance's counters.
 */
@Startup
@ApplicationScoped
public class ResolverMetrics {
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    public ResolverMetrics(MeterRegistry registry, ReverseResolver<?> resolver, WriteBehindNameStore store) {
        this.registry = registry;
        ResolverStatistics stats = resolver.statistics();
        counter(registry, "hitstream.resolver.lookups", "Addresses asked for", stats, ResolverStatistics::lookups);
        counter(registry, "hitstream.resolver.cache.hits", "Addresses answered from the cache", stats,
                ResolverStatistics::cacheHits);
        counter(registry, "hitstream.resolver.cache.misses", "Addresses not in the cache", stats,
                ResolverStatistics::cacheMisses);
        counter(registry, "hitstream.resolver.dns.queries", "PTR lookups sent to DNS", stats,
                ResolverStatistics::dnsQueries);
        counter(registry, "hitstream.resolver.dns.timeouts", "PTR lookups no server answered in time", stats,
                ResolverStatistics::dnsTimeouts);
        counter(registry, "hitstream.resolver.dns.queue.overflows", "PTR lookups refused by a full queue", stats,
                ResolverStatistics::queueOverflows);
        counter(registry, "hitstream.resolver.store.written", "Answers persisted in PostgreSQL", store,
                WriteBehindNameStore::written);
        counter(registry, "hitstream.resolver.store.dropped", "Answers not persisted because the buffer was full",
                store, WriteBehindNameStore::dropped);
        gauge(registry, "hitstream.resolver.cache.hit.ratio", "Share of cache look-ups that hit", stats,
                ResolverStatistics::cacheHitRatio);
        gauge(registry, "hitstream.resolver.cache.size", "Answers in the in-memory cache", resolver,
                ReverseResolver::cacheSize);
        gauge(registry, "hitstream.resolver.store.pending", "Answers waiting to be persisted", store,
                WriteBehindNameStore::pending);
    }

    @PreDestroy
    void unregister() {
        meters.forEach(registry::remove);
    }

    private <T> void counter(MeterRegistry registry, String name, String description, T source,
                             ToDoubleFunction<T> value) {
        meters.add(FunctionCounter.builder(name, source, value).description(description).register(registry));
    }

    private <T> void gauge(MeterRegistry registry, String name, String description, T source,
                           ToDoubleFunction<T> value) {
        meters.add(Gauge.builder(name, source, value).description(description).strongReference(true)
                .register(registry));
    }
}
