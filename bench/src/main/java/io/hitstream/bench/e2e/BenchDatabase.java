package io.hitstream.bench.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's own database on the PostgreSQL the services use, made fresh per run; and what PostgreSQL spent
 * for it: the backends serving it plus the WAL writer, checkpointer and background writer, which the cluster
 * shares with anything else running on it.
 */
public final class BenchDatabase {
    private static final Duration STATISTICS_FLUSH = Duration.ofSeconds(11);

    /** Rows inserted and updated in the database's tables, its live rows, and its size in bytes. */
    public record Footprint(long inserted, long updated, long liveRows, long bytes) {
    }

    private final String url;
    private final String user;
    private final String name;

    public BenchDatabase(String host, int port, String user, String name) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/";
        this.user = user;
        this.name = name;
    }

    public void recreate() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    /** Cumulative CPU seconds per PostgreSQL process now working for this database. */
    public Map<Long, Double> cpuByProcess() throws SQLException {
        Map<Long, Double> cpu = new HashMap<>();
        for (long pid : backendTypes().keySet()) {
            cpu.put(pid, ProcessMeter.cpuSeconds(pid));
        }
        return cpu;
    }

    /**
     * The backend type ({@code client backend}, {@code checkpointer}, …) of each PostgreSQL process now working for
     * this database: its backends plus the WAL writer, checkpointer and background writer.
     */
    public Map<Long, String> backendTypes() throws SQLException {
        Map<Long, String> types = new HashMap<>();
        try (Connection c = connect("postgres"); PreparedStatement s = c.prepareStatement(
                "SELECT pid, backend_type FROM pg_stat_activity WHERE (datname = ? AND pid <> pg_backend_pid())"
                        + " OR backend_type IN ('walwriter', 'checkpointer', 'background writer')")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return types;
    }

    /**
     * The cluster's WAL written so far (records, full-page images, bytes) and checkpoints started, whatever database
     * they were for: counters of the whole server, shared with anything else running on it.
     */
    public WalCounters walCounters() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT wal_records, wal_fpi, wal_bytes,"
                     + " (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter) FROM pg_stat_wal")) {
            rows.next();
            return new WalCounters(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        }
    }

    /** Cumulative WAL records, full-page images, bytes and checkpoints of the whole server. */
    public record WalCounters(long records, long fullPageImages, long bytes, long checkpoints) {
        public WalCounters minus(WalCounters earlier) {
            return new WalCounters(records - earlier.records, fullPageImages - earlier.fullPageImages,
                    bytes - earlier.bytes, checkpoints - earlier.checkpoints);
        }
    }

    /** The largest peak RSS among the given PostgreSQL processes (shared buffers count in each). */
    static long peakRssKib(Map<Long, Double> processes) {
        return processes.keySet().stream().mapToLong(ProcessMeter::peakRssKib).max().orElse(0);
    }

    public static double cpuBetween(Map<Long, Double> before, Map<Long, Double> after) {
        return after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
    }

    /**
     * The rows and size once the backends' table statistics have reached pg_stat_user_tables, which they flush at
     * least every 10 s: read at once after a run, the counts missed its last commits (22,000 inserted rows of 550,000
     * on one run, none on another).
     */
    public Footprint flushedFootprint() throws SQLException, InterruptedException {
        Thread.sleep(STATISTICS_FLUSH.toMillis());
        return footprint();
    }

    /** Transactions committed in this database so far, as its backends have flushed them (see flushedFootprint). */
    public long committedTransactions() throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Footprint footprint() throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0),"
                     + " coalesce(sum(n_live_tup), 0), pg_database_size(current_database()) FROM pg_stat_user_tables")) {
            rows.next();
            return new Footprint(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url + database, user, System.getenv().getOrDefault("HITSTREAM_DB_PASSWORD", ""));
    }
}
