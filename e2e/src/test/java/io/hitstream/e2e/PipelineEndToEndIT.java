package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as the demo runs it: the packaged agent ships the demo's sample logs to the four
 * packaged services, and the report's numbers must equal those counted independently from the files. The sample
 * is shipped once, in the fixture; every test reads that one shipment and none depends on another's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndIT {
    private Pipeline pipeline;
    private final Map<String, ReferenceCounts> expected = new TreeMap<>();
    private final List<Path> samples = new ArrayList<>();
    /** The agent's result of the fixture's one shipment of each sample file. */
    private final Map<Path, AgentProcess.Result> firstShipment = new LinkedHashMap<>();

    @BeforeAll
    void startPipeline(@TempDir Path work) throws Exception {
        pipeline = Pipeline.start("e2e");
        Path sampleDir = work.resolve("sample");
        AgentProcess.Result generated = pipeline.agent().run("generate", "--out", sampleDir.toString());
        assertEquals(0, generated.exitCode(), generated.stderr());
        try (Stream<Path> files = Files.list(sampleDir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".access.log")).sorted().forEach(samples::add);
        }
        for (Path sample : samples) {
            expected.put(site(sample), ReferenceCounts.of(sample));
        }
        for (Path sample : samples) {
            firstShipment.put(sample, ship(sample));
        }
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shippingTheSampleExitsZeroAndCountsEveryValidLine() throws Exception {
        assertEquals(3, samples.size(), "the demo sample has three sites");
        for (Path sample : samples) {
            AgentProcess.Result shipped = firstShipment.get(sample);
            assertEquals(0, shipped.exitCode(), shipped.stderr());
            ReferenceCounts counts = expected.get(site(sample));
            assertTrue(shipped.stdout().contains(counts.hits + " accepted, " + counts.rejected + " rejected"),
                    shipped.stdout());
        }
    }

    @Test
    void reportTotalsEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            JsonNode summary = summary(entry.getKey());
            ReferenceCounts counts = entry.getValue();
            assertEquals(counts.hits, summary.get("hits").asLong(), "hits of " + entry.getKey());
            assertEquals(counts.bytes, summary.get("bytes").asLong(), "bytes of " + entry.getKey());
        }
    }

    @Test
    void reportStatusClassesEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            JsonNode classes = summary(entry.getKey()).get("statusClasses");
            Map<String, Long> reported = new TreeMap<>();
            classes.fields().forEachRemaining(f -> reported.put(f.getKey(), f.getValue().asLong()));
            assertEquals(entry.getValue().statusClasses, reported, "status classes of " + entry.getKey());
        }
    }

    @Test
    void reportTopUrlsEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            List<String> reported = new ArrayList<>();
            summary(entry.getKey()).get("topUrls")
                    .forEach(u -> reported.add(u.get("url").asText() + "=" + u.get("hits").asLong()));
            assertEquals(entry.getValue().topUrls(), reported, "top URLs of " + entry.getKey());
        }
    }

    @Test
    void reportHitsPerDayEqualTheCountsFromTheFiles() throws Exception {
        for (var entry : expected.entrySet()) {
            Map<LocalDate, Long> reported = new TreeMap<>();
            summary(entry.getKey()).get("days")
                    .forEach(d -> reported.put(LocalDate.parse(d.get("date").asText()), d.get("hits").asLong()));
            assertEquals(entry.getValue().hitsPerDay(), reported, "hits per day of " + entry.getKey());
        }
    }

    @Test
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
        return pipeline.agent().run("ship", "--site", site(sample), "--format", "combined",
                "--server", pipeline.ingestAddress(), sample.toString());
    }

    private JsonNode summary(String site) throws IOException, InterruptedException {
        return pipeline.get("/api/v1/sites/" + URLEncoder.encode(site, StandardCharsets.UTF_8) + "/summary");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return pipeline.get(path);
    }

    private static String site(Path sample) {
        return sample.getFileName().toString().replace(".access.log", "");
    }
}
