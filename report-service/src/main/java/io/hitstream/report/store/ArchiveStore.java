package io.hitstream.report.store;

import io.hitstream.report.domain.ArchivedWeek;
import io.hitstream.report.domain.Week;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The weekly archive's snapshots and the bad-links mails sent, one row per site and week: whichever replica inserts
 * it first wins, the others' inserts change nothing. Through the {@code archive} pool, which reaches the primary.
 */
@ApplicationScoped
public class ArchiveStore {
    private static final String WEEKS = """
            SELECT week_start, hits, rendered_at FROM report_archive WHERE site = $1 ORDER BY week_start DESC
            """;
    private static final String PAGE = "SELECT html FROM report_archive WHERE site = $1 AND week_start = $2";
    private static final String ADD = """
            INSERT INTO report_archive (site, week_start, hits, html, rendered_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (site, week_start) DO NOTHING
            """;
    private static final String MAILED = """
            INSERT INTO bad_links_mail (site, week_start, recipients, sent_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (site, week_start) DO NOTHING
            """;

    private final Pool pool;

    public ArchiveStore(@ReactiveDataSource("archive") Pool pool) {
        this.pool = pool;
    }

    /** The site's archived weeks, newest first. */
    public Uni<List<ArchivedWeek>> weeks(String site) {
        return pool.preparedQuery(WEEKS).execute(Tuple.of(site)).map(rows -> {
            List<ArchivedWeek> weeks = new ArrayList<>(rows.size());
            rows.forEach(row -> weeks.add(new ArchivedWeek(site, new Week(row.getLocalDate("week_start")),
                    row.getLong("hits"), row.getOffsetDateTime("rendered_at").toInstant())));
            return weeks;
        });
    }

    /** The snapshot of a week, empty when it is not archived. */
    public Uni<Optional<String>> page(String site, Week week) {
        return pool.preparedQuery(PAGE).execute(Tuple.of(site, week.monday()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("html")));
    }

    /** Keeps a week's snapshot unless one is kept already; answers whether this call kept it. */
    public Uni<Boolean> add(ArchivedWeek week, String html) {
        return pool.preparedQuery(ADD)
                .execute(Tuple.of(week.site(), week.week().monday(), week.hits(), html,
                        week.renderedAt().atOffset(ZoneOffset.UTC)))
                .map(result -> result.rowCount() == 1);
    }

    /**
     * Runs {@code send} unless the week's mail is recorded as sent, and records it in the same transaction: a
     * replica doing the same waits on the uncommitted row, then finds it and sends nothing; a failed send rolls the
     * record back, so the next run tries again. Answers whether this call sent it.
     */
    public Uni<Boolean> mailOnce(String site, Week week, List<String> recipients, Instant sentAt,
            Supplier<Uni<Void>> send) {
        Tuple record = Tuple.of(site, week.monday(), String.join(",", recipients), sentAt.atOffset(ZoneOffset.UTC));
        return pool.withTransaction(connection -> connection.preparedQuery(MAILED).execute(record)
                .flatMap(result -> result.rowCount() == 1 ? send.get().replaceWith(true) : Uni.createFrom().item(false)));
    }
}
