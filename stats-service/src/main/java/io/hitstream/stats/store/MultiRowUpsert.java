package io.hitstream.stats.store;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The additive upsert of one rollup table for many rows of one site per statement. Values are always bound
 * parameters; the SQL text only ever holds column names and placeholders.
 */
final class MultiRowUpsert<R> {
    private final String table;
    private final String insertInto;
    private final String onConflict;
    private final int valuesPerRow;
    private final Function<R, List<Object>> values;

    /**
     * @param columns the columns after {@code site}, in the order {@code values} gives them
     * @param updates the {@code SET} list applied to an existing row {@code t}, e.g. {@code hits = t.hits + EXCLUDED.hits}
     */
    MultiRowUpsert(String table, List<String> columns, String conflictColumns, String updates,
            Function<R, List<Object>> values) {
        this.table = table;
        this.insertInto = "INSERT INTO " + table + " AS t (site, " + String.join(", ", columns) + ") VALUES ";
        this.onConflict = " ON CONFLICT (" + conflictColumns + ") DO UPDATE SET " + updates;
        this.valuesPerRow = columns.size();
        this.values = values;
    }

    String table() {
        return table;
    }

    /** Upserts the rows in their given order, chunkRows per statement; answers how many rows were written. */
    Uni<Integer> execute(Mutiny.Session session, String site, List<R> rows, int chunkRows) {
        Uni<Integer> written = Uni.createFrom().item(0);
        for (int from = 0; from < rows.size(); from += chunkRows) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + chunkRows));
            written = written.chain(sum -> executeChunk(session, site, chunk).map(count -> sum + count));
        }
        return written;
    }

    /** The statement for a number of rows: site is parameter 1, shared by every row. */
    String sql(int rows) {
        return IntStream.range(0, rows)
                .mapToObj(this::rowPlaceholders)
                .collect(Collectors.joining(", ", insertInto, onConflict));
    }

    private String rowPlaceholders(int row) {
        int first = 2 + row * valuesPerRow;
        return IntStream.range(first, first + valuesPerRow)
                .mapToObj(position -> "?" + position)
                .collect(Collectors.joining(", ", "(?1, ", ")"));
    }

    private Uni<Integer> executeChunk(Mutiny.Session session, String site, List<R> chunk) {
        Mutiny.Query<Object> query = session.createNativeQuery(sql(chunk.size()));
        query.setParameter(1, site);
        int position = 2;
        for (R row : chunk) {
            for (Object value : values.apply(row)) {
                query.setParameter(position++, value);
            }
        }
        return query.executeUpdate();
    }
}
