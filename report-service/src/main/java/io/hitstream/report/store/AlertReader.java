package io.hitstream.report.store;

import io.hitstream.report.domain.Alert;
import io.hitstream.report.domain.SiteAlerts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Read-only queries on the alerts stats-service stores (table {@code alerts}), each of one site. */
@ApplicationScoped
public class AlertReader {
    private static final String ZONE = "SELECT time_zone FROM site WHERE site = $1";
    private static final String OPEN = """
            SELECT rule, value, threshold, window_minutes, request_group, raised_at, recovered_at, recovery_value
            FROM alerts
            WHERE site = $1 AND state = 'RAISED'
            ORDER BY raised_at DESC, rule COLLATE "C"
            """;
    // At most one alert per rule is open, so only the recovered ones need a bound.
    private static final String PAST = """
            SELECT rule, value, threshold, window_minutes, request_group, raised_at, recovered_at, recovery_value
            FROM alerts
            WHERE site = $1 AND state = 'RECOVERED'
            ORDER BY raised_at DESC, rule COLLATE "C"
            LIMIT $2
            """;

    private final Pool pool;

    public AlertReader(Pool pool) {
        this.pool = pool;
    }

    /** The site's open alerts and its newest {@link SiteAlerts#PAST} recovered ones; empty for a site never seen. */
    public Uni<Optional<SiteAlerts>> alerts(String site) {
        return pool.preparedQuery(ZONE).execute(Tuple.of(site))
                .flatMap(zones -> {
                    if (zones.size() == 0) {
                        return Uni.createFrom().item(Optional.<SiteAlerts>empty());
                    }
                    String zone = zones.iterator().next().getString("time_zone");
                    return Uni.combine().all().unis(list(OPEN, Tuple.of(site)), list(PAST, Tuple.of(site, SiteAlerts.PAST)))
                            .with((open, past) -> Optional.of(new SiteAlerts(site, zone, open, past)));
                });
    }

    private Uni<List<Alert>> list(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters)
                .map(rows -> {
                    List<Alert> alerts = new ArrayList<>();
                    rows.forEach(row -> alerts.add(alert(row)));
                    return alerts;
                });
    }

    private static Alert alert(Row row) {
        OffsetDateTime recovered = row.getOffsetDateTime("recovered_at");
        return new Alert(row.getString("rule").toLowerCase(Locale.ROOT), row.getDouble("value"),
                row.getDouble("threshold"), row.getInteger("window_minutes"), row.getString("request_group"),
                row.getOffsetDateTime("raised_at").toInstant(), recovered == null ? null : recovered.toInstant(),
                row.getDouble("recovery_value"));
    }
}
