package io.hitstream.stats.store;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The additive upsert of one rollup table for every row of a commit, all its sites, in one statement: each column's
 * values are one array parameter, {@code unnest} turns them back into rows in their given order, so that the rows
 * are locked in that order whatever their number. The SQL text only ever holds column names and placeholders.
 */
final class MultiRowUpsert<R> {
    /**
     * How a column's values are bound: text and bigint as they are, dates and instants as bigint arrays of epoch days
     * and seconds (the reactive driver takes no arrays of those as Hibernate hands them over), turned back in SQL.
     */
    enum ColumnType {
        TEXT("text[]", String[]::new, "%s", value -> value),
        BIGINT("bigint[]", Long[]::new, "%s", value -> value),
        DATE("bigint[]", Long[]::new, "DATE '1970-01-01' + CAST(%s AS integer)",
                value -> ((LocalDate) value).toEpochDay()),
        TIMESTAMPTZ("bigint[]", Long[]::new, "to_timestamp(%s)", value -> ((Instant) value).getEpochSecond());

        private final String arrayType;
        private final IntFunction<Object[]> array;
        private final String fromBound;
        private final UnaryOperator<Object> bound;

        ColumnType(String arrayType, IntFunction<Object[]> array, String fromBound, UnaryOperator<Object> bound) {
            this.arrayType = arrayType;
            this.array = array;
            this.fromBound = fromBound;
            this.bound = bound;
        }
    }

    /** A column after {@code site}. */
    record Column(String name, ColumnType type) {
    }

    /** A row of one site. */
    record SiteRow<R>(String site, R row) {
    }

    private final String table;
    private final List<Column> columns;
    private final Function<R, List<Object>> values;
    private final String sql;

    /**
     * @param updates the {@code SET} list applied to an existing row {@code t}, e.g. {@code hits = t.hits + EXCLUDED.hits}
     * @param values a row's values of the columns, in their order
     */
    MultiRowUpsert(String table, List<Column> columns, String conflictColumns, String updates,
            Function<R, List<Object>> values) {
        this(table, columns, values, insert(table, columns) + " ON CONFLICT (" + conflictColumns + ") DO UPDATE SET "
                + updates);
    }

    private MultiRowUpsert(String table, List<Column> columns, Function<R, List<Object>> values, String sql) {
        this.table = table;
        this.columns = columns;
        this.values = values;
        this.sql = sql;
    }

    /**
     * The same statement without its {@code ON CONFLICT} clause, for rows the commit knows to be new: PostgreSQL
     * inserts each with one look-up of the primary key instead of an upsert's two and a confirmation in the WAL. A row
     * that exists after all fails the statement, and with it the commit.
     */
    MultiRowUpsert<R> insertOnly() {
        return new MultiRowUpsert<>(table, columns, values, insert(table, columns));
    }

    private static String insert(String table, List<Column> columns) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " AS t (site, " + names + ") SELECT v.site, "
                + columns.stream().map(column -> column.type().fromBound.formatted("v." + column.name()))
                        .collect(Collectors.joining(", "))
                + " FROM unnest(CAST(?1 AS text[]), "
                + IntStream.range(0, columns.size())
                        .mapToObj(i -> "CAST(?" + (i + 2) + " AS " + columns.get(i).type().arrayType + ")")
                        .collect(Collectors.joining(", "))
                + ") AS v (site, " + names + ")";
    }

    String table() {
        return table;
    }

    /** Upserts the rows in their given order in one statement; answers how many rows were written. */
    Uni<Integer> execute(Mutiny.Session session, List<SiteRow<R>> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Object[][] arrays = columns.stream().map(column -> column.type().array.apply(rows.size())).toArray(Object[][]::new);
        String[] sites = new String[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            sites[row] = rows.get(row).site();
            List<Object> rowValues = values.apply(rows.get(row).row());
            for (int column = 0; column < arrays.length; column++) {
                arrays[column][row] = columns.get(column).type().bound.apply(rowValues.get(column));
            }
        }
        Mutiny.Query<Object> query = session.createNativeQuery(sql).setParameter(1, sites);
        for (int column = 0; column < arrays.length; column++) {
            query.setParameter(column + 2, arrays[column]);
        }
        return query.executeUpdate();
    }
}
