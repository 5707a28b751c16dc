package io.hitstream.resolver.testing;

import io.hitstream.resolver.domain.AnswerFactory;
import io.hitstream.resolver.domain.BoundedPtrLookup;
import io.hitstream.resolver.domain.CachePolicy;
import io.hitstream.resolver.domain.CountryLookup;
import io.hitstream.resolver.domain.Mode;
import io.hitstream.resolver.domain.NameAnswer;
import io.hitstream.resolver.domain.ResolverSettings;
import io.hitstream.resolver.domain.ResolverStatistics;
import io.hitstream.resolver.domain.ReverseResolver;
import io.hitstream.resolver.peer.DnsServers;
import io.hitstream.resolver.peer.VertxPtrLookup;
import io.hitstream.resolver.store.PgNameTable;
import io.hitstream.resolver.store.WriteBehindNameStore;
import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One resolver instance built from the production classes the way the service wires them, on a given database
 * and DNS server: two of them one after the other are a restart.
 */
public final class StandaloneResolver implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Vertx vertx = Vertx.vertx();
    private final Pool pool;
    private final PgNameTable table;
    private final WriteBehindNameStore store;
    private final ResolverStatistics statistics = new ResolverStatistics();
    private final ReverseResolver<NameAnswer> resolver;
    private final int maxEntries;

    public StandaloneResolver(ResolverDatabase database, String dnsServer, int maxEntries) {
        this.maxEntries = maxEntries;
        this.pool = PgBuilder.pool()
                .connectingTo(new PgConnectOptions()
                        .setHost(database.server().host())
                        .setPort(database.server().port())
                        .setUser(database.server().user())
                        .setPassword(database.server().password())
                        .setDatabase(database.name()))
                .using(io.vertx.mutiny.core.Vertx.newInstance(vertx))
                .build();
        this.table = new PgNameTable(pool);
        this.store = new WriteBehindNameStore(table, 500, 100_000);
        CachePolicy policy = new CachePolicy(maxEntries, Duration.ofDays(42), Duration.ofDays(1), Duration.ofSeconds(30));
        BoundedPtrLookup dns = new BoundedPtrLookup(
                new VertxPtrLookup(vertx, List.of(DnsServers.parse(dnsServer)), Duration.ofSeconds(1)),
                64, 100_000, statistics);
        this.resolver = new ReverseResolver<>(new ResolverSettings(Mode.ON, false, policy), dns,
                new AnswerFactory(CountryLookup.NONE, policy), answer -> answer, store, statistics, Clock.systemUTC());
    }

    /** Resolves {@code ips} waiting up to ten seconds; answers keyed by the address at their position. */
    public Map<String, NameAnswer> resolve(List<String> ips) throws ExecutionException, InterruptedException,
            TimeoutException {
        List<NameAnswer> answers = resolver.resolveAll(ips, WAIT).toCompletableFuture()
                .get(WAIT.toSeconds() + 5, TimeUnit.SECONDS);
        Map<String, NameAnswer> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < ips.size(); i++) {
            byAddress.put(ips.get(i), answers.get(i));
        }
        return byAddress;
    }

    public Map<String, NameAnswer> resolve(String... ips) throws ExecutionException, InterruptedException,
            TimeoutException {
        return resolve(List.of(ips));
    }

    /** Loads the persisted answers as the service does at start; gives how many rows were read. */
    public long warmStart() {
        return table.loadFreshest(maxEntries, resolver::preload).await().atMost(WAIT);
    }

    /** Writes every buffered answer, as the service does on schedule and at shutdown. */
    public void flush() {
        store.flushAll().await().atMost(WAIT);
    }

    public ReverseResolver<NameAnswer> resolver() {
        return resolver;
    }

    public ResolverStatistics statistics() {
        return statistics;
    }

    public PgNameTable table() {
        return table;
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
