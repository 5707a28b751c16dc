package io.hitstream.stats.store;

import static io.hitstream.stats.store.SectionMinutes.utc;

import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.stats.domain.GroupLatencies;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads a site's committed per-minute latency sketches of its request groups (sketches, grain MINUTE). */
@ApplicationScoped
public class LatencyMinutes {
    private static final String PER_MINUTE = """
            SELECT key, data FROM sketches
            WHERE site = ? AND kind = 'LATENCY' AND grain = 'MINUTE' AND period_start >= ? AND period_start < ?
            """;

    /** Each group's latencies of the minutes from (inclusive) to (exclusive), merged. */
    public GroupLatencies between(Connection connection, String site, Instant from, Instant to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PER_MINUTE)) {
            statement.setString(1, site);
            statement.setObject(2, utc(from));
            statement.setObject(3, utc(to));
            GroupLatencies latencies = new GroupLatencies();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // Stored by a commit that checked the bytes decode (AggregateBuilder), so they are a sketch.
                    latencies.add(rows.getString(1), LatencySketch.fromBytes(rows.getBytes(2)));
                }
            }
            return latencies;
        }
    }
}
