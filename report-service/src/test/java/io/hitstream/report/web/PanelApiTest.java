package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.hitstream.report.web.Logins.asViewerOfShop;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every panel's JSON and CSV over the fixture's known rollups, with the clock at noon UTC on 2026-11-07. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class PanelApiTest {
    private static final String PANEL = "/api/v1/sites/{site}/panels/{panel}";
    private static final String CSV = "/api/v1/sites/{site}/panels/{panel}.csv";

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void panelAnswersInTheSameShapeForEveryPanel() throws Exception {
        String body = asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-07")
                .when().get(PANEL, RollupFixture.WWW, "redirects")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        Map<String, Object> expected = new HashMap<>(Map.ofEntries(
                Map.entry("site", RollupFixture.WWW), Map.entry("timeZone", "UTC"), Map.entry("panel", "redirects"),
                Map.entry("title", "Redirects"), Map.entry("from", "2026-11-01"),
                Map.entry("to", "2026-11-07"),
                Map.entry("dir", "desc"), Map.entry("page", 1), Map.entry("size", 50), Map.entry("totalRows", 2),
                Map.entry("columns", List.of(Map.of("name", "url", "heading", "URL", "kind", "text"),
                        Map.of("name", "status", "heading", "Status", "kind", "text"),
                        Map.of("name", "hits", "heading", "Hits", "kind", "count"))),
                Map.entry("rows", List.of(Map.of("url", "/old-page", "status", "301", "hits", 4),
                        Map.of("url", "/moved", "status", "302", "hits", 1)))));
        expected.put("previousFrom", null);
        expected.put("previousTo", null);
        expected.put("sort", null);
        expected.put("overflow", null);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(expected), json.readTree(body));
    }

    @Test
    void topUrlsHaveBytesAndAverageLatencyWhereLogged() {
        asAdmin().queryParam("size", 3).when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(200)
                .body("totalRows", equalTo(12))
                .body("rows.url", contains("/index.html", "/Zebra", "/a"))
                .body("rows.hits", contains(10, 5, 5))
                .body("rows.bytes", contains(10000, 0, 0))
                .body("rows.avgLatencyMicros", contains(equalTo(160000), nullValue(), nullValue()));
    }

    @Test
    void urlsSortByAWhitelistedColumnTiesInKeyOrder() {
        asAdmin().queryParam("sort", "bytes").queryParam("size", 3)
                .when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(200)
                .body("sort", equalTo("bytes"))
                .body("dir", equalTo("desc"))
                .body("rows.url", contains("/index.html", "/b", RollupFixture.SCRIPT_URL))
                .body("rows.bytes", contains(10000, 5000, 0));
    }

    @Test
    void urlsSortByNameAscendingAndPage() {
        asAdmin().queryParam("sort", "url").queryParam("size", 5).queryParam("page", 3)
                .when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(200)
                .body("dir", equalTo("asc"))
                .body("page", equalTo(3))
                .body("totalRows", equalTo(12))
                .body("rows.url", contains("/i", "/index.html"));
    }

    @Test
    void pagePastTheLastIsEmptyAndStillCountsTheRows() {
        asAdmin().queryParam("size", 5).queryParam("page", 9)
                .when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(200)
                .body("totalRows", equalTo(12))
                .body("rows.size()", equalTo(0));
    }

    @Test
    void browsersLeaveAHostileUserAgentAsText() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "browsers").then()
                .statusCode(200)
                .body("rows.browser", contains("Chrome", "Firefox", PanelFixture.UA_PAYLOAD))
                .body("rows.hits", contains(13, 6, 2))
                .body("rows.bytes", contains(1300, 600, 0));
    }

    @Test
    void badLinksAreGroupedByTheReferringPage() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "bad-links").then()
                .statusCode(200)
                .body("rows.page", contains(PanelFixture.BLOG, PanelFixture.BLOG, PanelFixture.LINKS))
                .body("rows.brokenLink", contains("/gone", "/old", "/gone"))
                .body("rows.hits", contains(3, 1, 2));
    }

    @Test
    void referrersOfTheRangeAreSummed() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "referrers").then()
                .statusCode(200)
                .body("rows.referrer", contains(PanelFixture.SEARCH_REFERRER, PanelFixture.REFERRER_PAYLOAD))
                .body("rows.hits", contains(4, 2));
    }

    @Test
    void webHostsAreCountedKeys() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "web-hosts").then()
                .statusCode(200)
                .body("rows.host", contains("web-2", "web-1"))
                .body("rows.hits", contains(20, 15));
    }

    @Test
    void methodsAreCountedKeysWithTheirBytes() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "methods").then()
                .statusCode(200)
                .body("rows.method", contains("GET", "POST"))
                .body("rows.hits", contains(33, 2))
                .body("rows.bytes", contains(3348, 200));
    }

    @Test
    void responseSizesAreCountedPerBin() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "response-sizes").then()
                .statusCode(200)
                .body("rows.size", contains("0-3k", "3-10k"))
                .body("rows.hits", contains(32, 3))
                .body("rows.bytes", contains(3248, 15000));
    }

    @Test
    void notFoundUrlsAreRankedOverTheRange() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "not-found").then()
                .statusCode(200)
                .body("title", equalTo("Not found (404)"))
                .body("rows.url", contains("/gone", "/old"))
                .body("rows.hits", contains(5, 1));
        asAdmin().queryParam("from", "2026-11-02").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "not-found").then()
                .statusCode(200)
                .body("rows.url", contains("/gone"))
                .body("rows.hits", contains(2));
    }

    @Test
    void requestGroupsHaveCallsSlowCallsAndLatencyPercentiles() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "request-groups").then()
                .statusCode(200)
                .body("rows.group", contains("api", "static"))
                .body("rows.calls", contains(8, 5))
                .body("rows.slow", contains(2, 0))
                .body("rows[0].minMicros", equalTo(1000))
                .body("rows[0].meanMicros", equalTo(4500))
                .body("rows[0].p50Micros", equalTo(4000))
                .body("rows[0].p90Micros", equalTo(8000))
                .body("rows[0].p99Micros", equalTo(8000))
                .body("rows[0].maxMicros", equalTo(8000))
                .body("rows[1].minMicros", nullValue())
                .body("rows[1].p99Micros", nullValue());
    }

    @Test
    void patternCountersAddUpTheirHoursOverTheRange() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "patterns").then()
                .statusCode(200)
                .body("title", equalTo("Pattern counters"))
                .body("columns.name", contains("pattern", "hits", "bytes"))
                .body("rows.pattern", contains("campaign", "login"))
                .body("rows.hits", contains(5, 4))
                .body("rows.bytes", contains(500, 0));
    }

    @Test
    void patternCountersOfADayReadOnlyItsHours() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-01")
                .when().get(PANEL, RollupFixture.WWW, "patterns").then()
                .statusCode(200)
                .body("rows.pattern", contains("campaign"))
                .body("rows.hits", contains(3))
                .body("rows.bytes", contains(300));
    }

    @Test
    void trafficOfUpToThreeDaysIsPerHour() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "traffic").then()
                .statusCode(200)
                .body("rows.period", contains("2026-11-01T00:00Z", "2026-11-01T13:00Z", "2026-11-02T09:00Z"))
                .body("rows.hits", contains(10, 5, 20))
                .body("rows.pages", contains(6, 3, 12))
                .body("rows.bytes", contains(1000, 500, 2048));
    }

    @Test
    void trafficOfMoreThanThreeDaysIsPerDayZerosIncluded() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "traffic").then()
                .statusCode(200)
                .body("rows.period", contains("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05",
                        "2026-11-06", "2026-11-07"))
                .body("rows.hits", contains(15, 20, 0, 7, 3, 0, 1));
    }

    @Test
    void hoursOfTheDayListEveryHour() {
        List<Integer> hits = Arrays.asList(new Integer[24]);
        java.util.Collections.fill(hits, 0);
        hits.set(0, 10);
        hits.set(9, 20);
        hits.set(10, 7);
        hits.set(12, 1);
        hits.set(13, 5);
        hits.set(23, 3);
        asAdmin().when().get(PANEL, RollupFixture.WWW, "hours").then()
                .statusCode(200)
                .body("totalRows", equalTo(24))
                .body("rows[0].hour", equalTo("00"))
                .body("rows[23].hour", equalTo("23"))
                .body("rows.hits", equalTo(hits));
    }

    @Test
    void daysOfTheWeekStartOnMonday() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "weekdays").then()
                .statusCode(200)
                .body("rows.day", contains("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"))
                .body("rows.hits", contains(20, 0, 7, 3, 0, 1, 15));
    }

    @Test
    void daysOfTheWeekSortByHits() {
        asAdmin().queryParam("sort", "hits").queryParam("size", 2)
                .when().get(PANEL, RollupFixture.WWW, "weekdays").then()
                .statusCode(200)
                .body("rows.day", contains("Monday", "Sunday"));
    }

    @Test
    void summaryComparedWithThePreviousPeriodShowsEachChange() throws Exception {
        String body = asAdmin().queryParam("from", "2026-11-02").queryParam("to", "2026-11-02")
                .queryParam("compare", true)
                .when().get(PANEL, RollupFixture.WWW, "summary")
                .then().statusCode(200).body("previousFrom", equalTo("2026-11-01"))
                .body("previousTo", equalTo("2026-11-01")).extract().asString();
        List<Map<String, Object>> expected = List.of(
                figure("hits", 20, 15, 33.3), figure("pages", 12, 9, 33.3), figure("visitors", 4, 3, 33.3),
                figure("bytes", 2048, 1500, 36.5), figure("crawlerSharePercent", 25.0, 13.3, 88.0),
                figure("rejectedLines", 2, 1, 100.0), figure("repairedLines", 0, 0, null));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(expected), json.readTree(body).get("rows"));
    }

    @Test
    void summaryCountsDistinctVisitorsOverTheRange() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .when().get(PANEL, RollupFixture.WWW, "summary").then()
                .statusCode(200)
                .body("rows.figure", contains("hits", "pages", "visitors", "bytes", "crawlerSharePercent",
                        "rejectedLines", "repairedLines"))
                .body("rows[2].value", equalTo(5))
                .body("rows[2].previous", nullValue())
                .body("rows[2].changePercent", nullValue());
    }

    @Test
    void presetRangesAreDaysOfTheSiteTimeZoneAtTheClocksToday() {
        asAdmin().queryParam("range", "yesterday").when().get(PANEL, RollupFixture.WWW, "summary").then()
                .statusCode(200)
                .body("from", equalTo("2026-11-06"))
                .body("to", equalTo("2026-11-06"));
        asAdmin().queryParam("range", "last-7-days").when().get(PANEL, RollupFixture.WWW, "summary").then()
                .statusCode(200)
                .body("from", equalTo("2026-11-01"))
                .body("to", equalTo("2026-11-07"))
                .body("rows[0].value", equalTo(46));
    }

    @Test
    void dirTreeSortedByNameToDepthTwo() {
        asAdmin().queryParam("sort", "path").queryParam("depth", 2).queryParam("size", 3)
                .when().get(PANEL, RollupFixture.WWW, "dir-tree").then()
                .statusCode(200)
                .body("totalRows", equalTo(13))
                .body("rows.path", contains("/<script>alert(1)</", RollupFixture.SCRIPT_URL, "/Zebra"))
                .body("rows.depth", contains(1, 2, 1))
                .body("rows.hits", contains(4, 4, 5));
    }

    @Test
    void csvHasTheWholeTableWithTextCellsNeutralised() {
        String csv = asAdmin().queryParam("size", 1).when().get(CSV, RollupFixture.WWW, "browsers").then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"browsers.csv\"")
                .extract().asString();
        assertEquals("\"browser\",\"hits\",\"bytes\"\r\n\"Chrome\",\"13\",\"1300\"\r\n\"Firefox\",\"6\",\"600\"\r\n"
                + "\"" + PanelFixture.UA_PAYLOAD + "\",\"2\",\"0\"\r\n", csv);
    }

    @Test
    void csvKeepsNegativeChangesAsNumbers() {
        String csv = asAdmin().queryParam("from", "2026-11-04").queryParam("to", "2026-11-04")
                .queryParam("compare", true).when().get(CSV, RollupFixture.WWW, "summary").then()
                .statusCode(200).extract().asString();
        assertEquals("\"figure\",\"value\",\"previous\",\"changePercent\"\r\n"
                + "\"hits\",\"7\",\"0\",\"\"\r\n\"pages\",\"4\",\"0\",\"\"\r\n\"visitors\",\"0\",\"0\",\"\"\r\n"
                + "\"bytes\",\"700\",\"0\",\"\"\r\n\"crawlerSharePercent\",\"14.3\",\"0.0\",\"\"\r\n"
                + "\"rejectedLines\",\"0\",\"0\",\"\"\r\n\"repairedLines\",\"4\",\"0\",\"\"\r\n", csv);
    }

    @Test
    void unknownPanelIsAProblemOf404() {
        asAdmin().when().get(PANEL, RollupFixture.WWW, "nope").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hitstream:problem:unknown-panel"))
                .body("title", equalTo("Unknown panel"))
                .body("detail", equalTo("there is no panel named nope; the panels are summary, traffic, hours, "
                        + "weekdays, urls, client-domains, tlds, countries, referrers, referrer-domains, "
                        + "search-engines, browsers, operating-systems, devices, crawlers, status-codes, methods, "
                        + "response-sizes, not-found, bad-links, redirects, request-groups, patterns, web-hosts, dir-tree, rejected-lines, repaired-lines, "
                        + "overflow"));
    }

    @Test
    void sortColumnOutsideThePanelsColumnsIsAProblemOf400() {
        asAdmin().queryParam("sort", "hits; DROP TABLE site").when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hitstream:problem:bad-panel-option"))
                .body("detail", equalTo("sort must be a column of urls: url, hits, bytes, avgLatencyMicros"));
    }

    @Test
    void presetAndDatesTogetherAreABadDateProblem() {
        asAdmin().queryParam("range", "today").queryParam("from", "2026-11-01")
                .when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(400)
                .body("detail", equalTo("give either range=today or from and to, not both"));
    }

    @Test
    void rangeOverTheMaximumIsRefused() {
        asAdmin().queryParam("from", "2025-01-01").queryParam("to", "2026-11-07")
                .when().get(PANEL, RollupFixture.WWW, "urls").then()
                .statusCode(400)
                .body("type", equalTo("urn:hitstream:problem:range-too-long"));
    }

    @Test
    void panelsOfASiteNotGrantedAreForbiddenAndNeedCredentials() {
        asViewerOfShop().when().get(PANEL, RollupFixture.WWW, "urls").then().statusCode(403);
        asViewerOfShop().when().get(CSV, RollupFixture.WWW, "urls").then().statusCode(403);
        given().when().get(PANEL, RollupFixture.WWW, "urls").then().statusCode(401);
    }

    private static Map<String, Object> figure(String name, Number value, Number previous, Double change) {
        Map<String, Object> figure = new java.util.LinkedHashMap<>();
        figure.put("figure", name);
        figure.put("value", value);
        figure.put("previous", previous);
        figure.put("changePercent", change);
        return figure;
    }
}
