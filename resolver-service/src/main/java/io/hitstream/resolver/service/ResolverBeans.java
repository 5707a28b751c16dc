package io.hitstream.resolver.service;

import io.hitstream.resolver.config.ResolverConfig;
import io.hitstream.resolver.domain.AnswerFactory;
import io.hitstream.resolver.domain.BoundedPtrLookup;
import io.hitstream.resolver.domain.CachePolicy;
import io.hitstream.resolver.domain.CountryLookup;
import io.hitstream.resolver.domain.Mode;
import io.hitstream.resolver.domain.PtrLookup;
import io.hitstream.resolver.domain.PtrResult;
import io.hitstream.resolver.domain.ResolverSettings;
import io.hitstream.resolver.domain.ResolverStatistics;
import io.hitstream.resolver.peer.DnsServers;
import io.hitstream.resolver.peer.VertxPtrLookup;
import io.hitstream.resolver.store.MmdbCountryLookup;
import io.hitstream.resolver.store.PgNameTable;
import io.hitstream.resolver.store.WriteBehindNameStore;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the parts of the plain-Java resolver from the configuration: DNS client, GeoIP reader, cache policy and
 * store; the transport puts them together in the answer form it speaks ({@code grpc.ResolverOfMessages}).
 */
public class ResolverBeans {

    @Produces
    @Singleton
    ResolverStatistics statistics() {
        return new ResolverStatistics();
    }

    @Produces
    @Singleton
    CountryLookup countries(ResolverConfig config) {
        return config.geoipDatabase().<CountryLookup>map(MmdbCountryLookup::new).orElse(CountryLookup.NONE);
    }

    void closeCountries(@Disposes CountryLookup countries) throws IOException {
        if (countries instanceof MmdbCountryLookup database) {
            database.close();
        }
    }

    @Produces
    @Singleton
    PgNameTable nameTable(Pool pool) {
        return new PgNameTable(pool);
    }

    @Produces
    @Singleton
    WriteBehindNameStore nameStore(PgNameTable table, ResolverConfig config) {
        return new WriteBehindNameStore(table, config.store().batchSize(), config.store().maxPending());
    }

    @Produces
    @Singleton
    ResolverSettings settings(ResolverConfig config) {
        return new ResolverSettings(config.mode(), config.resolvePrivate(), cachePolicy(config));
    }

    @Produces
    @Singleton
    AnswerFactory answers(CountryLookup countries, ResolverConfig config) {
        return new AnswerFactory(countries, cachePolicy(config));
    }

    @Produces
    @Singleton
    PtrLookup dns(ResolverConfig config, Vertx vertx, ResolverStatistics statistics) {
        return dnsLookup(config, vertx, statistics);
    }

    private static CachePolicy cachePolicy(ResolverConfig config) {
        ResolverConfig.Cache cache = config.cache();
        return new CachePolicy(cache.maxEntries(), cache.positiveTtl(), cache.negativeTtl(), cache.retryDelay());
    }

    /** Only mode "on" asks DNS; the others must start even where no DNS server is known. */
    private static PtrLookup dnsLookup(ResolverConfig config, Vertx vertx, ResolverStatistics statistics) {
        if (config.mode() != Mode.ON) {
            return address -> CompletableFuture.completedFuture(PtrResult.noAnswer());
        }
        ResolverConfig.Dns dns = config.dns();
        return new BoundedPtrLookup(new VertxPtrLookup(vertx, dnsServers(dns), dns.queryTimeout()),
                dns.maxConcurrentQueries(), dns.maxQueuedQueries(), statistics);
    }

    private static List<InetSocketAddress> dnsServers(ResolverConfig.Dns dns) {
        return dns.servers()
                .map(servers -> servers.stream().map(DnsServers::parse).toList())
                .orElseGet(() -> DnsServers.fromResolvConf(dns.resolvConf()));
    }
}
