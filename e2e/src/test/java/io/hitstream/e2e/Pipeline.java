package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.testing.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What every end-to-end test runs on: a database of its own, the four packaged services on it with an
 * ingest token allowed to write every site, the packaged agent holding that token, and the report's JSON API.
 * Ingest also accepts, from its tokens file, a second token allowed to write {@link #LIMITED_SITE} only.
 */
final class Pipeline implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("hitstream.root", "..")).toAbsolutePath().normalize();
    /** The one site {@link #limitedToken()} may write. */
    static final String LIMITED_SITE = "limited.e2e.example.org";

    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String database;
    private final String limitedToken = UUID.randomUUID().toString();
    /** The report's built-in admin signs in with this (reports are private). */
    private final String reportPassword = UUID.randomUUID().toString();
    private final ServiceProcesses services;
    private final AgentProcess agent;

    private Pipeline(String name, Map<String, String> settings) throws Exception {
        String token = UUID.randomUUID().toString();
        database = postgres.createDatabase(name);
        Path logDir = Files.createDirectories(ROOT.resolve("e2e/target/e2e-logs/" + name));
        Path tokensFile = Files.writeString(logDir.resolve("ingest-tokens"),
                sha256Hex(limitedToken) + " " + LIMITED_SITE + "\n");
        Map<String, String> environment = new LinkedHashMap<>(settings);
        environment.putAll(databaseEnvironment(postgres, database));
        environment.putAll(Map.of(
                "HITSTREAM_INGEST_AUTH_TOKEN", token,
                "HITSTREAM_INGEST_AUTH_TOKEN_SITES", "*",
                "HITSTREAM_INGEST_AUTH_TOKENS_FILE", tokensFile.toString(),
                "HITSTREAM_REPORT_ADMIN_PASSWORD", reportPassword));
        services = new ServiceProcesses(ROOT, logDir, environment);
        agent = new AgentProcess(ROOT, Map.of("HITSTREAM_AGENT_TOKEN", token));
    }

    /** Starts the services and waits until each is ready; {@code name} names the database and the log folder. */
    static Pipeline start(String name) throws Exception {
        return start(name, Map.of());
    }

    /** Starts the services as {@link #start(String)} does, with these settings (environment variables) besides. */
    static Pipeline start(String name, Map<String, String> settings) throws Exception {
        Pipeline pipeline = new Pipeline(name, settings);
        try {
            pipeline.services.start();
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    /** The variables that point a service at {@code database} on that server. */
    static Map<String, String> databaseEnvironment(PostgresServer postgres, String database) {
        return Map.of(
                "HITSTREAM_DB_HOST", postgres.host(),
                "HITSTREAM_DB_PORT", String.valueOf(postgres.port()),
                "HITSTREAM_DB_USER", postgres.user(),
                "HITSTREAM_DB_PASSWORD", postgres.password(),
                "HITSTREAM_DB_NAME", database);
    }

    ServiceProcesses services() {
        return services;
    }

    AgentProcess agent() {
        return agent;
    }

    /** A token ingest accepts for {@link #LIMITED_SITE} only (the agent holds the other one). */
    String limitedToken() {
        return limitedToken;
    }

    /** The site's committed offset per file identity, from stats' ledger, the file committed last at the end. */
    Map<String, Long> committedOffsets(String site) throws SQLException {
        Map<String, Long> offsets = new LinkedHashMap<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT file_id, committed_offset FROM stream_ledger WHERE site = ? ORDER BY updated_at, file_id")) {
            query.setString(1, site);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    offsets.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return offsets;
    }

    /** The site's hits per "local-date key" of one dimension's day rows, from stats' daily counts. */
    Map<String, Long> dailyHits(String site, String dimension) throws SQLException {
        Map<String, Long> hits = new TreeMap<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT local_date, key, hits FROM daily_counts WHERE site = ? AND dimension = ?")) {
            query.setString(1, site);
            query.setString(2, dimension);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hits.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
                }
            }
        }
        return hits;
    }

    /**
     * What a query of the database answers, a row a line: its columns as text, separated by single spaces (an SQL
     * NULL as "null"), in the query's order.
     */
    List<String> rows(String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = prepared(connection, sql, parameters);
                ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringJoiner row = new StringJoiner(" ");
                for (int column = 1; column <= columns; column++) {
                    row.add(String.valueOf(result.getString(column)));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The first column of each row a query answers, as bytes (a sketch's data), in the query's order. */
    List<byte[]> bytes(String sql, Object... parameters) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = prepared(connection, sql, parameters);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                values.add(result.getBytes(1));
            }
        }
        return values;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setObject(i + 1, parameters[i]);
        }
        return query;
    }

    /** The end of the last window stats evaluated the site's alert rules on; null before the first evaluation. */
    Instant lastEvaluatedWindowEnd(String site) throws SQLException {
        try (Connection connection = postgres.connect(database);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT min(last_window_end) FROM alert_rule_state WHERE site = ?")) {
            query.setString(1, site);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Timestamp end = rows.getTimestamp(1);
                return end == null ? null : end.toInstant();
            }
        }
    }

    String ingestAddress() {
        return "localhost:" + services.port("ingest");
    }

    /** The site's summary over its whole range, or null while the report does not know the site. */
    JsonNode summaryOrNull(String site) throws IOException, InterruptedException {
        HttpResponse<String> response = send("/api/v1/sites/" + URLEncoder.encode(site, StandardCharsets.UTF_8) + "/summary");
        return response.statusCode() == 404 ? null : parse(response);
    }

    /** A report API document that must exist. */
    JsonNode get(String path) throws IOException, InterruptedException {
        return parse(send(path));
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + services.port("report") + path);
        String credentials = Base64.getEncoder().encodeToString(("admin:" + reportPassword).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode parse(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.uri() + " -> " + response.body());
        return json.readTree(response.body());
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            services.close();
        } finally {
            postgres.dropDatabase(database);
        }
    }
}
