package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.daily;
import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.rejection;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.testing.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class OperationsTest {
    @TestHTTPResource("/")
    URL root;

    @Inject
    MeterRegistry registry;

    private double counted(String name, String tag, String value) {
        return registry.counter(name, tag, value).count();
    }

    @Test
    void readyWhenTheDatabaseAnswers() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root + "q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\": \"UP\""), response.body());
        assertTrue(response.body().contains("Reactive PostgreSQL connections health check"), response.body());
        assertTrue(response.body().contains("Database connections health check"), response.body());
    }

    @Test
    void commitsAreCountedByStatusWithTheRowsTheyUpserted() throws InterruptedException {
        StreamId stream = stream("metered-" + UUID.randomUUID() + ".example.org", "file-1");
        double committed = counted("hitstream.stats.commits", "status", "committed");
        double duplicate = counted("hitstream.stats.commits", "status", "duplicate");
        double urlRows = counted("hitstream.stats.rows.upserted", "table", "daily_counts");

        try (StatsChannel channel = new StatsChannel(root.getPort())) {
            var aggregate = batch(stream, 0, 10)
                    .addUrlHits(daily("2026-11-01", "/a", 1))
                    .addUrlHits(daily("2026-11-01", "/b", 1))
                    .build();
            channel.stats().commit(aggregate);
            channel.stats().commit(aggregate);
        }

        assertEquals(committed + 1, counted("hitstream.stats.commits", "status", "committed"));
        assertEquals(duplicate + 1, counted("hitstream.stats.commits", "status", "duplicate"));
        assertEquals(urlRows + 2, counted("hitstream.stats.rows.upserted", "table", "daily_counts"));
    }

    @Test
    void metricsCountEachSitesTrafficWithTheSiteAsItsOnlyKeyLabel() throws IOException, InterruptedException {
        String site = "scraped-" + UUID.randomUUID() + ".example.org";
        try (StatsChannel channel = new StatsChannel(root.getPort())) {
            channel.stats().commit(batch(stream(site, "file-1"), 0, 10)
                    .addHourly(hour("2026-11-01T10:00:00Z", 6, 5000, 3, 1, 1, 1, 0))
                    .addCountedKeys(dayKey(Dimension.DIMENSION_METHOD, "2026-11-01", "GET", "", 4, 0))
                    .addCountedKeys(dayKey(Dimension.DIMENSION_METHOD, "2026-11-01", "PROPFIND", "", 1, 0))
                    .addCountedKeys(dayKey(Dimension.DIMENSION_METHOD, "2026-11-01", "POST", "", 1, 0))
                    .addCountedKeys(dayKey(Dimension.DIMENSION_SIZE_BIN, "2026-11-01", "0-3k", "", 5, 0))
                    .addCountedKeys(dayKey(Dimension.DIMENSION_SIZE_BIN, "2026-11-01", "3-10k", "", 1, 0))
                    .addRejections(rejection("not_matching_format", 2, "junk"))
                    .build());
        }

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        List<String> siteLines = metrics.lines().filter(line -> line.contains(site)).sorted().toList();
        String label = "site=\"" + site + "\"";
        assertEquals(List.of(
                "hitstream_site_bytes_total{" + label + "} 5000.0",
                "hitstream_site_rejected_lines_total{" + label + "} 2.0",
                "hitstream_site_requests_total{method=\"get\"," + label + "} 4.0",
                "hitstream_site_requests_total{method=\"other\"," + label + "} 1.0",
                "hitstream_site_requests_total{method=\"post\"," + label + "} 1.0",
                "hitstream_site_responses_by_size_total{bin=\"0-3k\"," + label + "} 5.0",
                "hitstream_site_responses_by_size_total{bin=\"3-10k\"," + label + "} 1.0",
                "hitstream_site_responses_total{" + label + ",status_class=\"2xx\"} 3.0",
                "hitstream_site_responses_total{" + label + ",status_class=\"3xx\"} 1.0",
                "hitstream_site_responses_total{" + label + ",status_class=\"4xx\"} 1.0",
                "hitstream_site_responses_total{" + label + ",status_class=\"5xx\"} 1.0",
                "hitstream_site_responses_total{" + label + ",status_class=\"other\"} 0.0"), siteLines);
    }
}
