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
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * What every end-to-end test runs on: a database of its own, the four packaged services on it with an
 * ingest token allowed to write every site, the packaged agent holding that token, and the report's JSON API.
 */
final class Pipeline implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("hitstream.root", "..")).toAbsolutePath().normalize();

    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String database;
    private final ServiceProcesses services;
    private final AgentProcess agent;

    private Pipeline(String name) throws Exception {
        String token = UUID.randomUUID().toString();
        database = postgres.createDatabase(name);
        services = new ServiceProcesses(ROOT, ROOT.resolve("e2e/target/e2e-logs/" + name), Map.of(
                "HITSTREAM_DB_HOST", postgres.host(),
                "HITSTREAM_DB_PORT", String.valueOf(postgres.port()),
                "HITSTREAM_DB_USER", postgres.user(),
                "HITSTREAM_DB_PASSWORD", postgres.password(),
                "HITSTREAM_DB_NAME", database,
                "HITSTREAM_INGEST_AUTH_TOKEN", token,
                "HITSTREAM_INGEST_AUTH_TOKEN_SITES", "*"));
        agent = new AgentProcess(ROOT, Map.of("HITSTREAM_AGENT_TOKEN", token));
    }

    /** Starts the services and waits until each is ready; {@code name} names the database and the log folder. */
    static Pipeline start(String name) throws Exception {
        Pipeline pipeline = new Pipeline(name);
        try {
            pipeline.services.start();
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    ServiceProcesses services() {
        return services;
    }

    AgentProcess agent() {
        return agent;
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
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode parse(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.uri() + " -> " + response.body());
        return json.readTree(response.body());
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
