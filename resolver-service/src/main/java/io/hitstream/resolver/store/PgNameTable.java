package io.hitstream.resolver.store;

import io.hitstream.resolver.domain.StoredName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** SQL on table {@code resolver_cache} through the reactive PostgreSQL client; values are always bound, never spliced. */
public final class PgNameTable {
    private static final String UPSERT = """
            INSERT INTO resolver_cache (ip, host_name, expires_at)
            SELECT u.ip::inet, u.host_name, u.expires_at
              FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS u(ip, host_name, expires_at)
            ON CONFLICT (ip) DO UPDATE SET host_name = EXCLUDED.host_name, expires_at = EXCLUDED.expires_at""";
    private static final String FRESHEST = """
            SELECT host(ip) AS ip, host_name, expires_at FROM resolver_cache
             WHERE expires_at > now() ORDER BY expires_at DESC LIMIT $1""";
    private static final String PURGE = "DELETE FROM resolver_cache WHERE expires_at <= now()";
    private static final int FETCH_SIZE = 5_000;

    private final Pool pool;

    public PgNameTable(Pool pool) {
        this.pool = pool;
    }

    /** Inserts or replaces the rows of {@code names}, which must hold each address at most once. */
    public Uni<Void> upsert(List<StoredName> names) {
        String[] ips = new String[names.size()];
        String[] hosts = new String[names.size()];
        OffsetDateTime[] expiries = new OffsetDateTime[names.size()];
        for (int i = 0; i < names.size(); i++) {
            StoredName name = names.get(i);
            ips[i] = name.ip();
            hosts[i] = name.hostName();
            expiries[i] = name.expiresAt().atOffset(ZoneOffset.UTC);
        }
        return pool.preparedQuery(UPSERT).execute(Tuple.of(ips, hosts, expiries)).replaceWithVoid();
    }

    /** Streams the {@code limit} unexpired rows that expire last into {@code sink}; gives the number of rows. */
    public Uni<Long> loadFreshest(int limit, Consumer<StoredName> sink) {
        return pool.withTransaction(connection -> connection.prepare(FRESHEST)
                .onItem().transformToMulti(statement -> statement.createStream(FETCH_SIZE, Tuple.of(limit)).toMulti())
                .onItem().invoke(row -> sink.accept(toStoredName(row)))
                .collect().with(java.util.stream.Collectors.counting()));
    }

    /** Deletes the expired rows; gives how many. */
    public Uni<Integer> purgeExpired() {
        return pool.query(PURGE).execute().map(RowSet::rowCount);
    }

    private static StoredName toStoredName(Row row) {
        return new StoredName(row.getString("ip"), row.getString("host_name"),
                row.getOffsetDateTime("expires_at").toInstant());
    }
}
