package io.hitstream.resolver.config;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.resolver.dns.DnsServers;
import io.hitstream.resolver.dns.VertxPtrLookup;
import io.hitstream.resolver.domain.AnswerFactory;
import io.hitstream.resolver.domain.BoundedPtrLookup;
import io.hitstream.resolver.domain.CachePolicy;
import io.hitstream.resolver.domain.CountryLookup;
import io.hitstream.resolver.domain.Mode;
import io.hitstream.resolver.domain.PtrLookup;
import io.hitstream.resolver.domain.PtrResult;
import io.hitstream.resolver.domain.ResolverSettings;
import io.hitstream.resolver.domain.ResolverStatistics;
import io.hitstream.resolver.domain.ReverseResolver;
import io.hitstream.resolver.geoip.MmdbCountryLookup;
import io.hitstream.resolver.grpc.ResolutionMessages;
import io.hitstream.resolver.store.PgNameTable;
import io.hitstream.resolver.store.WriteBehindNameStore;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Builds the plain-Java resolver from the configuration: DNS client, GeoIP reader, cache policy and store. */
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
    ReverseResolver<Resolution> resolver(ResolverConfig config, Vertx vertx, CountryLookup countries,
                             WriteBehindNameStore store, ResolverStatistics statistics) {
        ResolverConfig.Cache cache = config.cache();
        CachePolicy policy = new CachePolicy(cache.maxEntries(), cache.positiveTtl(), cache.negativeTtl(),
                cache.retryDelay());
        return new ReverseResolver<>(new ResolverSettings(config.mode(), config.resolvePrivate(), policy),
                dnsLookup(config, vertx, statistics), new AnswerFactory(countries, policy), ResolutionMessages.FORM,
                store, statistics, Clock.systemUTC());
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
