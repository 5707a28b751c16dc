package io.hitstream.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads a site's summary from the report's JSON API, as a dashboard would. */
final class ReportClient {
    private final int port;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    ReportClient(int port, String adminPassword) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code /api/v1/sites/{site}/summary}, or null while the site has no data. */
    JsonNode summaryOrNull(String site) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/sites/"
                + URLEncoder.encode(site, StandardCharsets.UTF_8) + "/summary");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** Hits plus rejected lines: every line of the site that the report counts. */
    long linesCounted(String site) throws IOException, InterruptedException {
        JsonNode summary = summaryOrNull(site);
        if (summary == null) {
            return 0;
        }
        long lines = summary.get("hits").asLong();
        for (JsonNode rejection : summary.get("rejections")) {
            lines += rejection.get("lines").asLong();
        }
        return lines;
    }
}
