package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as the demo runs it: the packaged agent ships the demo's sample logs to the four
 * packaged services, and the report's numbers must equal those counted independently from the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    private static final Path ROOT = Path.of(System.getProperty("hitstream.root", "..")).toAbsolutePath().normalize();

    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    /** Ingest requires a bearer token; this run's, allowed to write every site. */
    private final String token = UUID.randomUUID().toString();
    private String database;
    private ServiceProcesses services;
    private AgentProcess agent;
    private final Map<String, ReferenceCounts> expected = new TreeMap<>();
    private final List<Path> samples = new ArrayList<>();

    @BeforeAll
    void startPipeline(@TempDir Path work) throws Exception {
        database = postgres.createDatabase("e2e");
        services = new ServiceProcesses(ROOT, ROOT.resolve("e2e/target/e2e-logs"), Map.of(
                "HITSTREAM_DB_HOST", postgres.host(),
                "HITSTREAM_DB_PORT", String.valueOf(postgres.port()),
                "HITSTREAM_DB_USER", postgres.user(),
                "HITSTREAM_DB_PASSWORD", postgres.password(),
                "HITSTREAM_DB_NAME", database,
                "HITSTREAM_INGEST_AUTH_TOKEN", token,
                "HITSTREAM_INGEST_AUTH_TOKEN_SITES", "*"));
        services.start();
        agent = new AgentProcess(ROOT, Map.of("HITSTREAM_AGENT_TOKEN", token));
        Path sampleDir = work.resolve("sample");
        AgentProcess.Result generated = agent.run("generate", "--out", sampleDir.toString());
        assertEquals(0, generated.exitCode(), generated.stderr());
        try (Stream<Path> files = Files.list(sampleDir)) {
            files.sorted().forEach(samples::add);
        }
        for (Path sample : samples) {
            expected.put(site(sample), ReferenceCounts.of(sample));
        }
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (services != null) {
            services.close();
        }
        if (database != null) {
            postgres.dropDatabase(database);
        }
    }

    @Test
    @Order(1)
    void shippingTheSampleExitsZeroAndCountsEveryValidLine() throws Exception {
        assertEquals(3, samples.size(), "the demo sample has three sites");
        for (Path sample : samples) {
            AgentProcess.Result shipped = ship(sample);
            assertEquals(0, shipped.exitCode(), shipped.stderr());
            ReferenceCounts counts = expected.get(site(sample));
            assertTrue(shipped.stdout().contains(counts.hits + " accepted, " + counts.rejected + " rejected"),
                    shipped.stdout());
        }
    }

    @Test
    @Order(2)
    void reportTotalsEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            JsonNode summary = summary(entry.getKey());
            ReferenceCounts counts = entry.getValue();
            assertEquals(counts.hits, summary.get("hits").asLong(), "hits of " + entry.getKey());
            assertEquals(counts.bytes, summary.get("bytes").asLong(), "bytes of " + entry.getKey());
        }
    }

    @Test
    @Order(3)
    void reportStatusClassesEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            JsonNode classes = summary(entry.getKey()).get("statusClasses");
            Map<String, Long> reported = new TreeMap<>();
            classes.fields().forEachRemaining(f -> reported.put(f.getKey(), f.getValue().asLong()));
            assertEquals(entry.getValue().statusClasses, reported, "status classes of " + entry.getKey());
        }
    }

    @Test
    @Order(4)
    void reportTopUrlsEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            List<String> reported = new ArrayList<>();
            summary(entry.getKey()).get("topUrls")
                    .forEach(u -> reported.add(u.get("url").asText() + "=" + u.get("hits").asLong()));
            assertEquals(entry.getValue().topUrls(), reported, "top URLs of " + entry.getKey());
        }
    }

    @Test
    @Order(5)
    void reportHitsPerDayEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            Map<LocalDate, Long> reported = new TreeMap<>();
            summary(entry.getKey()).get("days")
                    .forEach(d -> reported.put(LocalDate.parse(d.get("date").asText()), d.get("hits").asLong()));
            assertEquals(entry.getValue().hitsPerDay(), reported, "hits per day of " + entry.getKey());
        }
    }

    @Test
    @Order(6)
    void reportRejectedLinesEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            long rejected = 0;
            for (JsonNode rejection : summary(entry.getKey()).get("rejections")) {
                rejected += rejection.get("lines").asLong();
            }
            assertEquals(entry.getValue().rejected, rejected, "rejected lines of " + entry.getKey());
        }
    }

    @Test
    @Order(7)
    void shippingTheSameFilesAgainChangesNoTotal() throws Exception {
        for (Path sample : samples) {
            AgentProcess.Result again = ship(sample);
            assertEquals(0, again.exitCode(), again.stderr());
            assertTrue(again.stdout().contains("0 accepted, 0 rejected"), again.stdout());
        }
        JsonNode sites = get("/api/v1/sites").get("sites");
        assertEquals(expected.size(), sites.size());
        for (JsonNode site : sites) {
            ReferenceCounts counts = expected.get(site.get("site").asText());
            assertEquals(counts.hits, site.get("hits").asLong(), "hits of " + site.get("site").asText());
            assertEquals(counts.bytes, site.get("bytes").asLong(), "bytes of " + site.get("site").asText());
        }
    }

    private AgentProcess.Result ship(Path sample) throws IOException, InterruptedException {
        return agent.run("ship", "--site", site(sample), "--format", "combined",
                "--server", "localhost:" + services.port("ingest"), sample.toString());
    }

    private JsonNode summary(String site) throws IOException, InterruptedException {
        return get("/api/v1/sites/" + URLEncoder.encode(site, StandardCharsets.UTF_8) + "/summary");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + services.port("report") + path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return json.readTree(response.body());
    }

    private static String site(Path sample) {
        return sample.getFileName().toString().replace(".access.log", "");
    }
}
