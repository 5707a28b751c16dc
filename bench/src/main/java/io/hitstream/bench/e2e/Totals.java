package io.hitstream.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of one site's log as one tool counted them: hits, bytes, hits per status class, the ten most hit
 * URLs (query strings cut off, most hits first, ties in code point order), lines it could not read, and distinct
 * URLs where the tool reports them (-1 where not).
 */
record Totals(long hits, long bytes, Map<String, Long> statusClasses, List<String> topUrls, long unreadable,
              long distinctUrls) {
    private static final List<String> GOACCESS_URL_PANELS = List.of("requests", "static_requests", "not_found");

    /** From the report's {@code /api/v1/sites/{site}/summary}. */
    static Totals fromReport(JsonNode summary) {
        Map<String, Long> classes = new TreeMap<>();
        summary.get("statusClasses").fields().forEachRemaining(e -> classes.put(e.getKey(), e.getValue().asLong()));
        long rejected = 0;
        for (JsonNode rejection : summary.get("rejections")) {
            rejected += rejection.get("lines").asLong();
        }
        List<String> top = new ArrayList<>();
        for (JsonNode url : summary.get("topUrls")) {
            top.add(url.get("url").asText() + "=" + url.get("hits").asLong());
        }
        return new Totals(summary.get("hits").asLong(), summary.get("bytes").asLong(), classes, top, rejected, -1);
    }

    /**
     * From GoAccess's JSON ({@code -o x.json}, run with {@code -q --http-method=no --http-protocol=no}): its valid
     * requests are split between the requests, static_requests and not_found panels, so a URL's hits are summed over
     * them; each panel lists only its biggest items, but says how many distinct ones it had.
     */
    static Totals fromGoAccess(JsonNode report) {
        JsonNode general = report.get("general");
        Map<String, Long> classes = new TreeMap<>(Map.of("2xx", 0L, "3xx", 0L, "4xx", 0L, "5xx", 0L, "other", 0L));
        for (JsonNode group : report.get("status_codes").get("data")) {
            String text = group.get("data").asText();
            String key = text.matches("[2-5]xx.*") ? text.substring(0, 3) : "other";
            classes.merge(key, group.get("hits").get("count").asLong(), Long::sum);
        }
        Map<String, Long> urlHits = new TreeMap<>();
        for (String panel : GOACCESS_URL_PANELS) {
            for (JsonNode item : report.get(panel).get("data")) {
                urlHits.merge(item.get("data").asText(), item.get("hits").get("count").asLong(), Long::sum);
            }
        }
        return new Totals(general.get("valid_requests").asLong(), general.get("bandwidth").asLong(), classes,
                topTen(urlHits), general.get("failed_requests").asLong(), general.get("unique_files").asLong()
                        + general.get("unique_static_files").asLong() + general.get("unique_not_found").asLong());
    }

    private static List<String> topTen(Map<String, Long> urlHits) {
        return urlHits.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }
}
