package io.hitstream.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agreement check on {@code agreement/small.log}: {@code goaccess-small.json} is what GoAccess 1.7 wrote for it
 * ({@code goaccess small.log --no-global-config --log-format=COMBINED -q --http-method=no --http-protocol=no -o x.json},
 * cut down to the fields read), {@code report-summary-small.json} the report's summary of it, in the shape of the
 * summary API's contract (report-service's ReportApiTest).
 */
class AgreementTest {
    private static final String SITE = "www.example.com";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void goAccessTotalsAreReadFromItsGeneralStatusAndUrlPanels() throws IOException {
        Totals totals = Totals.fromGoAccess(resource("goaccess-small.json"));

        assertEquals(new Totals(7, 23750, Map.of("2xx", 3L, "3xx", 2L, "4xx", 1L, "5xx", 1L, "other", 0L),
                List.of("/=2", "/login=2", "/static/app.js=2", "/wp-login.php=1"), 1, 4), totals);
    }

    @Test
    void theReportsTotalsAreReadFromItsSummary() throws IOException {
        Totals totals = Totals.fromReport(resource("report-summary-small.json"));

        assertEquals(new Totals(7, 23750, Map.of("2xx", 3L, "3xx", 2L, "4xx", 1L, "5xx", 1L, "other", 0L),
                List.of("/=2", "/login=2", "/static/app.js=2", "/wp-login.php=1"), 1, -1), totals);
    }

    @Test
    void theSameFileCountedByBothHasNoDifference() throws IOException {
        assertEquals(List.of(), Agreement.differences(SITE, Totals.fromReport(resource("report-summary-small.json")),
                Totals.fromGoAccess(resource("goaccess-small.json"))));
    }

    @Test
    void eachDifferenceIsNamedWithBothValues() throws IOException {
        ObjectNode summary = (ObjectNode) resource("report-summary-small.json");
        summary.put("bytes", 23751);
        ((ObjectNode) summary.get("statusClasses")).put("5xx", 0).put("other", 1);

        assertEquals(List.of("www.example.com bytes: Hitstream 23751, GoAccess 23750",
                        "www.example.com status 5xx: Hitstream 0, GoAccess 1",
                        "www.example.com status other: Hitstream 1, GoAccess 0"),
                Agreement.differences(SITE, Totals.fromReport(summary), Totals.fromGoAccess(resource("goaccess-small.json"))));
    }

    @Test
    void topUrlsAreComparedRankByRank() throws IOException {
        ObjectNode summary = (ObjectNode) resource("report-summary-small.json");
        ((ArrayNode) summary.get("topUrls")).remove(3);

        assertEquals(List.of("www.example.com top URL 4: Hitstream (none), GoAccess /wp-login.php=1"),
                Agreement.differences(SITE, Totals.fromReport(summary), Totals.fromGoAccess(resource("goaccess-small.json"))));
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/agreement/" + name)) {
            return json.readTree(in);
        }
    }
}
