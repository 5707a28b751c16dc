package io.hitstream.report.web;

import static io.hitstream.report.web.FloodFixture.FLOOD;
import static io.hitstream.report.web.Logins.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rejected and repaired lines as panels: of the range's days, paged, sorted by a whitelisted column, as JSON, CSV and HTML, over {@link FloodFixture}'s hostile samples.
 */
@QuarkusTest
@TestProfile(FloodProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class RejectedLinesPanelTest {
    private static final String PANEL = "/api/v1/sites/{site}/panels/{panel}";
    private static final String CSV = "/api/v1/sites/{site}/panels/{panel}.csv";
    private static final String PAGE = "/sites/{site}/panels/{panel}";

    @BeforeEach
    void loadRollups() throws Exception {
        FloodFixture.load();
    }

    @Test
    void rejectedLinesOfTheRangeComeMostLinesFirstWithTheirSamplesNewestFirst() throws Exception {
        String body = asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-03")
                .when().get(PANEL, FLOOD, "rejected-lines")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        Map<String, Object> expected = new HashMap<>(Map.ofEntries(
                Map.entry("site", FLOOD), Map.entry("timeZone", "UTC"), Map.entry("panel", "rejected-lines"),
                Map.entry("title", "Rejected lines"), Map.entry("from", "2026-11-01"), Map.entry("to", "2026-11-03"),
                Map.entry("dir", "desc"),
                Map.entry("page", 1), Map.entry("size", 50), Map.entry("totalRows", 3),
                Map.entry("columns", List.of(Map.of("name", "reason", "heading", "Reason", "kind", "text"),
                        Map.of("name", "lines", "heading", "Lines", "kind", "count"),
                        Map.of("name", "samples", "heading", "Recent samples", "kind", "samples"))),
                Map.entry("rows", List.of(
                        Map.of("reason", "not_matching_format", "lines", 7,
                                "samples", List.of(FloodFixture.FORMULA_SAMPLE, FloodFixture.HOSTILE_SAMPLE)),
                        Map.of("reason", "bad_timestamp", "lines", 2, "samples", List.of(FloodFixture.TAB_SAMPLE)),
                        Map.of("reason", "too_long", "lines", 2, "samples", List.of(FloodFixture.AT_SAMPLE))))));
        for (String none : List.of("previousFrom", "previousTo", "sort", "overflow")) {
            expected.put(none, null);
        }
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(expected), json.readTree(body));
    }

    @Test
    void aRangeWhoseDaysReceivedNoRejectedLineHasNoRows() {
        asAdmin().queryParam("from", "2026-11-02").queryParam("to", "2026-11-03")
                .when().get(PANEL, FLOOD, "rejected-lines").then()
                .statusCode(200)
                .body("totalRows", equalTo(0))
                .body("rows", hasSize(0));
    }

    @Test
    void aPageHoldsItsRowsAndCountsThemAll() {
        asAdmin().queryParam("size", 1).queryParam("page", 2).when().get(PANEL, FLOOD, "rejected-lines").then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("totalRows", equalTo(3))
                .body("rows.reason", contains("bad_timestamp"));
    }

    @Test
    void sortedByReasonTheyAreInAscendingOrder() {
        asAdmin().queryParam("sort", "reason").when().get(PANEL, FLOOD, "rejected-lines").then()
                .statusCode(200)
                .body("sort", equalTo("reason"))
                .body("dir", equalTo("asc"))
                .body("rows.reason", contains("bad_timestamp", "not_matching_format", "too_long"));
    }

    @Test
    void sortedByFewestLinesTiesKeepReasonOrder() {
        asAdmin().queryParam("sort", "lines").queryParam("dir", "asc").when().get(PANEL, FLOOD, "rejected-lines")
                .then().statusCode(200)
                .body("rows.reason", contains("bad_timestamp", "too_long", "not_matching_format"))
                .body("rows.lines", contains(2, 2, 7));
    }

    @Test
    void samplesAreNoColumnToSortBy() {
        asAdmin().queryParam("sort", "samples").when().get(PANEL, FLOOD, "rejected-lines").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hitstream:problem:bad-panel-option"))
                .body("detail", equalTo("rejected-lines does not sort by samples; it sorts by reason, lines"));
    }

    @Test
    void aSortColumnOutsideTheWhitelistIsRefused() {
        asAdmin().queryParam("sort", "lines; DROP TABLE rejections").when().get(PANEL, FLOOD, "rejected-lines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hitstream:problem:bad-panel-option"))
                .body("detail", equalTo("sort must be a column of rejected-lines: reason, lines, samples"));
    }

    @Test
    void csvHasEveryRowWithItsSamplesAsLinesOfOneCellAndFormulasNeutralised() {
        String csv = asAdmin().queryParam("size", 1).when().get(CSV, FLOOD, "rejected-lines").then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"rejected-lines.csv\"")
                .extract().asString();
        assertEquals("\"reason\",\"lines\",\"samples\"\r\n"
                + "\"not_matching_format\",\"7\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\n"
                + "<script>alert(\"\"x\"\")</script> 'quoted' & \"\"more\"\"\"\r\n"
                + "\"bad_timestamp\",\"2\",\"'\tGET / HTTP/1.1\"\r\n"
                + "\"too_long\",\"2\",\"'@SUM(1+1)\"\r\n", csv);
    }

    @Test
    void repairedLinesAreAPanelTooTiesInReasonOrder() {
        String csv = asAdmin().when().get(CSV, FLOOD, "repaired-lines").then().statusCode(200).extract().asString();
        assertEquals("\"reason\",\"lines\",\"samples\"\r\n"
                + "\"field_truncated\",\"3\",\"'-2 \"\"GET /y HTTP/1.1\"\"\"\r\n"
                + "\"quote_repaired\",\"3\",\"'+1 \"\"GET /x HTTP/1.1\"\"\"\r\n"
                + "\"invalid_utf8\",\"1\",\"192.0.2.1 - - \"\"GET / HTTP/1.1\"\" 200 1\"\r\n", csv);
        asAdmin().when().get(PANEL, FLOOD, "repaired-lines").then()
                .statusCode(200)
                .body("title", equalTo("Repaired lines"))
                .body("rows.lines", contains(3, 3, 1));
    }

    @Test
    void pageSaysItsRangeAndEscapesAHostileSample() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PAGE, FLOOD, "rejected-lines").then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<p class=\"muted\">2026-11-01 to 2026-11-02, site-local days (UTC)</p>"))
                .body(containsString("<th>Recent samples</th>"))
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">not_matching_format</td>"
                        + "<td class=\"num\">7</td><td><code class=\"sample\">=HYPERLINK(&quot;http://evil.example"
                        + "&quot;,&quot;click&quot;)</code><code class=\"sample\">&lt;script&gt;alert(&quot;x&quot;)"
                        + "&lt;/script&gt; &#39;quoted&#39; &amp; &quot;more&quot;</code></td></tr>"))
                .body(not(containsString("<script")));
    }

    @Test
    void sitePageShowsTheRejectedLinesPanelOfItsRange() {
        asAdmin().when().get("/sites/{site}", FLOOD).then()
                .statusCode(200)
                .body(containsString("<section class=\"panel\" id=\"rejected-lines\">\n<h2>Rejected lines</h2>\n"))
                .body(not(containsString("All time")))
                .body(containsString("<a href=\"/api/v1/sites/flood.example.org/panels/rejected-lines.csv?"
                        + "from=2026-11-01&amp;to=2026-11-03\" download>All rows as CSV</a>"))
                .body(not(containsString("<script")));
    }
}
