package io.hitstream.stats.store;

import static io.hitstream.stats.store.SectionMinutes.utc;

import io.hitstream.stats.domain.AlertRule;
import io.hitstream.stats.domain.RuleState;
import io.hitstream.stats.domain.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The alert tables: each site's evaluation lock, each rule's state, and the alerts raised and recovered. */
@ApplicationScoped
public class AlertStore {
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtextextended('hitstream.alerts:' || ?, 0))";
    private static final String LOAD = """
            SELECT open_raised_at, clear_evaluations, last_window_end FROM alert_rule_state
            WHERE site = ? AND rule = ? FOR UPDATE
            """;
    private static final String SAVE = """
            INSERT INTO alert_rule_state (site, rule, open_raised_at, clear_evaluations, last_window_end)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (site, rule) DO UPDATE SET open_raised_at = excluded.open_raised_at,
                clear_evaluations = excluded.clear_evaluations, last_window_end = excluded.last_window_end
            """;
    private static final String RAISE = """
            INSERT INTO alerts (site, rule, raised_at, state, value, threshold, window_minutes, request_group)
            VALUES (?, ?, ?, 'RAISED', ?, ?, ?, ?)
            """;
    private static final String RECOVER = """
            UPDATE alerts SET state = 'RECOVERED', recovered_at = ?, recovery_value = ?
            WHERE site = ? AND rule = ? AND raised_at = ? AND state = 'RAISED'
            RETURNING request_group
            """;

    /**
     * Takes the site's evaluation lock for the current transaction, or answers false at once when another
     * evaluator (this or another replica) holds it.
     */
    public boolean tryLock(Connection connection, String site) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setString(1, site);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** Every site, with its time zone. */
    public List<AlertSite> sites(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT site, time_zone FROM site ORDER BY site");
                ResultSet rows = statement.executeQuery()) {
            List<AlertSite> sites = new ArrayList<>();
            while (rows.next()) {
                sites.add(new AlertSite(rows.getString(1), ZoneId.of(rows.getString(2))));
            }
            return sites;
        }
    }

    public RuleState state(Connection connection, String site, AlertRule rule) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOAD)) {
            statement.setString(1, site);
            statement.setString(2, rule.name());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return RuleState.NEW;
                }
                OffsetDateTime open = rows.getObject(1, OffsetDateTime.class);
                return new RuleState(open == null ? null : open.toInstant(), rows.getInt(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant());
            }
        }
    }

    public void save(Connection connection, String site, AlertRule rule, RuleState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
            statement.setString(1, site);
            statement.setString(2, rule.name());
            statement.setObject(3, state.open() ? utc(state.openRaisedAt()) : null);
            statement.setInt(4, state.clearEvaluations());
            statement.setObject(5, utc(state.lastWindowEnd()));
            statement.executeUpdate();
        }
    }

    /**
     * Stores a raise as a new alert, or a recovery on the alert it ends; answers the transition as stored, a
     * recovery with the request group of its raise.
     */
    public Transition record(Connection connection, String site, Transition transition) throws SQLException {
        if (transition.kind() == Transition.Kind.RAISED) {
            try (PreparedStatement statement = connection.prepareStatement(RAISE)) {
                statement.setString(1, site);
                statement.setString(2, transition.rule().name());
                statement.setObject(3, utc(transition.raisedAt()));
                statement.setDouble(4, transition.value());
                statement.setDouble(5, transition.threshold());
                statement.setInt(6, transition.windowMinutes());
                statement.setString(7, transition.requestGroup());
                statement.executeUpdate();
            }
            return transition;
        }
        try (PreparedStatement statement = connection.prepareStatement(RECOVER)) {
            statement.setObject(1, utc(transition.recoveredAt()));
            statement.setDouble(2, transition.value());
            statement.setString(3, site);
            statement.setString(4, transition.rule().name());
            statement.setObject(5, utc(transition.raisedAt()));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? transition.ofRequestGroup(rows.getString(1)) : transition;
            }
        }
    }
}
