package io.hitstream.report.store;

import io.hitstream.report.domain.OpenAlert;
import io.hitstream.report.domain.SectionMinute;
import io.hitstream.rollups.Dimension;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read-only queries of the live page: the minute-grain section rows, and the site's open traffic alert. */
@ApplicationScoped
public class LiveReader {
    private static final String SECTION_MINUTES = """
            SELECT key, minute_start, sum(hits)::bigint AS hits
            FROM minute_counts
            WHERE site = $1 AND dimension = $2 AND minute_start >= $3 AND minute_start < $4
            GROUP BY key, minute_start
            """;
    // Stats keys a raise by (site, rule, raised_at); an open one has not recovered.
    private static final String OPEN_TRAFFIC_ALERT = """
            SELECT rule, raised_at, value, threshold, window_minutes
            FROM alerts
            WHERE site = $1 AND rule = 'traffic' AND state = 'RAISED'
            ORDER BY raised_at DESC
            LIMIT 1
            """;

    private final Pool pool;

    public LiveReader(Pool pool) {
        this.pool = pool;
    }

    /** Hits per section and UTC minute from {@code from} (included) to {@code to} (excluded). */
    public Uni<List<SectionMinute>> sectionMinutes(String site, Instant from, Instant to) {
        return pool.preparedQuery(SECTION_MINUTES)
                .execute(Tuple.of(site, Dimension.SECTION.name(), utc(from), utc(to)))
                .map(rows -> {
                    List<SectionMinute> minutes = new ArrayList<>(rows.size());
                    rows.forEach(row -> minutes.add(new SectionMinute(row.getString("key"),
                            row.getOffsetDateTime("minute_start").toInstant(), row.getLong("hits"))));
                    return minutes;
                });
    }

    /** The site's most recent traffic alert that is still open. */
    public Uni<Optional<OpenAlert>> openTrafficAlert(String site) {
        return pool.preparedQuery(OPEN_TRAFFIC_ALERT).execute(Tuple.of(site))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(alert(rows.iterator().next())));
    }

    private static OpenAlert alert(Row row) {
        return new OpenAlert(row.getString("rule"), row.getOffsetDateTime("raised_at").toInstant(),
                row.getDouble("value"), row.getDouble("threshold"), row.getInteger("window_minutes"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
