package io.hitstream.resolver.config;

import io.hitstream.resolver.domain.Mode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of resolver-service, keys {@code hitstream.resolver.*} (environment: {@code HITSTREAM_RESOLVER_*}). */
@ConfigMapping(prefix = "hitstream.resolver")
public interface ResolverConfig {

    /** on: reverse DNS; cache-only: answer from the cache, never ask DNS; off: no lookups (HostnameLookups off). */
    @WithDefault("on")
    Mode mode();

    /** Also send private and reserved addresses (RFC 1918, loopback, link-local, ULA, documentation) to DNS. */
    @WithDefault("false")
    boolean resolvePrivate();

    /** Path of a GeoIP country database in MaxMind's mmdb format; countries come only from ccTLDs when unset. */
    Optional<Path> geoipDatabase();

    Dns dns();

    Cache cache();

    Store store();

    Batch batch();

    /** How DNS is asked. */
    interface Dns {
        /** DNS servers as host[:port] ([v6]:port), tried in order; unset: the nameservers of resolv-conf. */
        Optional<List<String>> servers();

        /** File whose nameserver lines are the DNS servers when none are configured. */
        @WithDefault("/etc/resolv.conf")
        Path resolvConf();

        /** How long one server is given to answer one PTR query. */
        @WithDefault("2s")
        Duration queryTimeout();

        /** Most PTR lookups in flight at once; further ones wait in a queue. */
        @WithDefault("64")
        int maxConcurrentQueries();

        /** Most lookups waiting for a free slot; beyond it a lookup ends as timed out and is retried later. */
        @WithDefault("100000")
        int maxQueuedQueries();
    }

    /** The in-memory cache. */
    interface Cache {
        /** Most answers kept in memory (logres kept 750,000). */
        @WithDefault("750000")
        int maxEntries();

        /** How long a host name found by DNS is kept. */
        @WithDefault("42d")
        Duration positiveTtl();

        /** How long a "no name" answer is kept. */
        @WithDefault("1d")
        Duration negativeTtl();

        /** How long a lookup that got no answer is remembered before DNS is asked again. */
        @WithDefault("30s")
        Duration retryDelay();
    }

    /** The persistent cache in PostgreSQL (table resolver_cache). */
    interface Store {
        /** Most answers written in one statement. */
        @WithDefault("500")
        int batchSize();

        /** How often buffered answers are written. */
        @WithDefault("1s")
        Duration flushInterval();

        /** Most answers waiting to be written; beyond it new answers are not persisted. */
        @WithDefault("100000")
        int maxPending();

        /** How often expired rows are deleted. */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    /** The Resolve call. */
    interface Batch {
        /** Most addresses accepted in one call; larger calls are refused with INVALID_ARGUMENT. */
        @WithDefault("20000")
        int maxAddresses();

        /** Longest wait for uncached addresses, when the call has no deadline or a later one. */
        @WithDefault("10s")
        Duration maxWait();

        /** Time kept back from the call's deadline so the answer is sent before the caller gives up. */
        @WithDefault("50ms")
        Duration deadlineMargin();
    }
}
