package io.hitstream.stats.store;

import io.hitstream.stats.domain.MinuteSeries;
import io.hitstream.stats.domain.MinuteTotals;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Reads a site's committed per-minute section rows (minute_counts, dimension SECTION) summed over its sections. */
@ApplicationScoped
public class SectionMinutes {
    private static final String PER_MINUTE = """
            SELECT minute_start, sum(hits), sum(status_5xx) FROM minute_counts
            WHERE site = ? AND dimension = 'SECTION' AND minute_start >= ? AND minute_start < ?
            GROUP BY minute_start
            """;
    private static final String ANY_BEFORE = """
            SELECT EXISTS (SELECT 1 FROM minute_counts
                           WHERE site = ? AND dimension = 'SECTION' AND minute_start < ? AND hits > 0)
            """;

    /** The site's totals per minute from (inclusive) to (exclusive). */
    public MinuteSeries between(Connection connection, String site, Instant from, Instant to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PER_MINUTE)) {
            statement.setString(1, site);
            statement.setObject(2, utc(from));
            statement.setObject(3, utc(to));
            Map<Instant, MinuteTotals> minutes = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    minutes.put(rows.getObject(1, OffsetDateTime.class).toInstant(),
                            new MinuteTotals(rows.getLong(2), rows.getLong(3)));
                }
            }
            return new MinuteSeries(minutes);
        }
    }

    /** Whether the site had any hit in a minute before the given one. */
    public boolean hadTrafficBefore(Connection connection, String site, Instant minute) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ANY_BEFORE)) {
            statement.setString(1, site);
            statement.setObject(2, utc(minute));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
