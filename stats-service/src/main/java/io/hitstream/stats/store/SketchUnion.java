package io.hitstream.stats.store;

import io.hitstream.stats.domain.PeriodSketch;
import io.smallrye.mutiny.Uni;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Merges a batch's sketches into the {@code sketches} table by union, in the commit's transaction: inserts the
 * missing rows empty, locks every row of the batch ({@code FOR UPDATE}), unions in Java and writes the results.
 * Concurrent commits of a site wait on each other's rows instead of overwriting them, so every union counts once.
 * Rows are inserted and locked in the batch's key order ({@link PeriodSketch#ORDER}), the same in every commit, so
 * that concurrent commits cannot deadlock.
 *
 * <p>Every row is found by the primary key, one key at a time: the lock reads each key in a LATERAL subquery and
 * the write is an upsert. A connection keeps the generic plan it made while the table was small, and a join of the
 * batch's keys to the table planned then would hash every sketch of the site, a scan per commit that grows with the
 * site's history.
 */
final class SketchUnion {
    static final String TABLE = "sketches";
    private static final int VALUES_PER_ROW = 5;
    private static final String KEY_COLUMNS = "kind, grain, local_date, period_start, key";
    private static final String INSERT = "INSERT INTO sketches (site, " + KEY_COLUMNS + ", data) VALUES ";
    private static final String KEY_TYPES = "text,text,date,timestamptz,text";
    private static final String LOCK_BEFORE = "SELECT s.kind, s.grain, CAST(s.local_date AS text),"
            + " CAST(extract(epoch FROM s.period_start) AS bigint), s.key, s.data FROM (VALUES ";
    private static final String LOCK_AFTER = ") AS v (" + KEY_COLUMNS + ") CROSS JOIN LATERAL (SELECT * FROM sketches s"
            + " WHERE s.site = ?1 AND s.kind = v.kind AND s.grain = v.grain AND s.local_date = v.local_date"
            + " AND s.period_start = v.period_start AND s.key = v.key FOR UPDATE) AS s";
    private static final String WRITE_AFTER = " ON CONFLICT (site, " + KEY_COLUMNS + ") DO UPDATE SET data = EXCLUDED.data";

    private SketchUnion() {
    }

    /** Merges the sketches, sorted by key, chunkRows per statement; answers how many rows were written. */
    static Uni<Integer> merge(Mutiny.Session session, String site, List<PeriodSketch> sketches, int chunkRows) {
        Uni<Integer> written = Uni.createFrom().item(0);
        for (int from = 0; from < sketches.size(); from += chunkRows) {
            List<PeriodSketch> chunk = sketches.subList(from, Math.min(sketches.size(), from + chunkRows));
            written = written.chain(sum -> mergeChunk(session, site, chunk).map(count -> sum + count));
        }
        return written;
    }

    private static Uni<Integer> mergeChunk(Mutiny.Session session, String site, List<PeriodSketch> chunk) {
        Mutiny.SelectionQuery<Object[]> lock = keyed(session.createNativeQuery(lockSql(chunk.size()), Object[].class),
                site, chunk);
        return insertMissing(session, site, chunk)
                .chain(() -> lock.getResultList())
                .chain(stored -> write(session, site, chunk, storedData(stored)));
    }

    private static Uni<Integer> insertMissing(Mutiny.Session session, String site, List<PeriodSketch> chunk) {
        String sql = rows(chunk.size(), INSERT, " ON CONFLICT DO NOTHING",
                row -> "(?1, " + placeholders(row, VALUES_PER_ROW, "") + ", CAST('' AS bytea))");
        return keyed(session.createNativeQuery(sql), site, chunk).executeUpdate();
    }

    /** The statement that locks and reads the rows of a chunk of {@code rows} sketches, one by one in its order. */
    static String lockSql(int rows) {
        return rows(rows, LOCK_BEFORE, LOCK_AFTER, row -> "(" + placeholders(row, VALUES_PER_ROW, KEY_TYPES) + ")");
    }

    private static Uni<Integer> write(Mutiny.Session session, String site, List<PeriodSketch> chunk,
            Map<RowKey, byte[]> stored) {
        String sql = rows(chunk.size(), INSERT, WRITE_AFTER,
                row -> "(?1, " + placeholders(row, VALUES_PER_ROW + 1, KEY_TYPES + ",bytea") + ")");
        Mutiny.Query<Object> query = session.createNativeQuery(sql).setParameter(1, site);
        int position = 2;
        for (PeriodSketch sketch : chunk) {
            position = setKey(query, position, sketch);
            byte[] before = stored.get(RowKey.of(sketch));
            query.setParameter(position++, before == null || before.length == 0
                    ? sketch.data() : sketch.kind().union(before, sketch.data()));
        }
        return query.executeUpdate();
    }

    private static <Q extends Mutiny.AbstractQuery> Q keyed(Q query, String site, List<PeriodSketch> chunk) {
        query.setParameter(1, site);
        int position = 2;
        for (PeriodSketch sketch : chunk) {
            position = setKey(query, position, sketch);
        }
        return query;
    }

    private static int setKey(Mutiny.AbstractQuery query, int first, PeriodSketch sketch) {
        query.setParameter(first, sketch.kind().name());
        query.setParameter(first + 1, sketch.grain().name());
        query.setParameter(first + 2, sketch.localDate());
        query.setParameter(first + 3, sketch.periodStart().atOffset(ZoneOffset.UTC));
        query.setParameter(first + 4, sketch.key());
        return first + VALUES_PER_ROW;
    }

    private static Map<RowKey, byte[]> storedData(List<Object[]> rows) {
        Map<RowKey, byte[]> data = new HashMap<>();
        for (Object[] row : rows) {
            data.put(new RowKey((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    (String) row[4]), (byte[]) row[5]);
        }
        return data;
    }

    private static String rows(int count, String before, String after, IntFunction<String> row) {
        return IntStream.range(0, count).mapToObj(row).collect(Collectors.joining(", ", before, after));
    }

    /** The placeholders of a row after the site (?1), each cast to its type of the comma-separated types, if any. */
    private static String placeholders(int row, int values, String types) {
        String[] type = types.isEmpty() ? new String[values] : types.split(",");
        int first = 2 + row * values;
        return IntStream.range(0, values)
                .mapToObj(i -> type[i] == null ? "?" + (first + i) : "CAST(?" + (first + i) + " AS " + type[i] + ")")
                .collect(Collectors.joining(", "));
    }

    /** A sketch row's key as the lock query reads it back. */
    private record RowKey(String kind, String grain, String localDate, long periodStartEpochSecond, String key) {
        static RowKey of(PeriodSketch sketch) {
            return new RowKey(sketch.kind().name(), sketch.grain().name(), sketch.localDate().toString(),
                    sketch.periodStart().getEpochSecond(), sketch.key());
        }
    }
}
