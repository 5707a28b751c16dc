package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class ReportApiTest {
    private static final String SUMMARY = "/api/v1/sites/{site}/summary";

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void sitesAreListedBySiteNameWithAllTimeTotals() {
        asAdmin().when().get("/api/v1/sites").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("sites.site", contains(RollupFixture.QUIET, RollupFixture.SHOP, RollupFixture.WWW))
                .body("sites.timeZone", contains("Europe/Zurich", "Europe/Zurich", "UTC"))
                .body("sites.hits", contains(0, 2, 46))
                .body("sites.bytes", contains(0, 20, 1239115))
                .body("sites.firstDay", contains(nullValue(), equalTo("2026-11-03"), equalTo("2026-11-01")))
                .body("sites.lastDay", contains(nullValue(), equalTo("2026-11-03"), equalTo("2026-11-07")));
    }

    @Test
    void summaryDefaultsToTheFirstAndLastDayWithData() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("site", equalTo(RollupFixture.WWW))
                .body("timeZone", equalTo("UTC"))
                .body("from", equalTo("2026-11-01"))
                .body("to", equalTo("2026-11-07"))
                .body("hits", equalTo(46))
                .body("bytes", equalTo(1239115))
                .body("statusClasses", equalTo(Map.of("2xx", 35, "3xx", 3, "4xx", 6, "5xx", 1, "other", 1)));
    }

    @Test
    void summaryOfAnExplicitRangeIsExactlyTheContractsShape() throws Exception {
        String body = asAdmin().queryParam("from", "2026-11-04").queryParam("to", "2026-11-05")
                .when().get(SUMMARY, RollupFixture.WWW)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("site", RollupFixture.WWW),
                Map.entry("timeZone", "UTC"),
                Map.entry("from", "2026-11-04"),
                Map.entry("to", "2026-11-05"),
                Map.entry("hits", 10),
                Map.entry("bytes", 1000),
                Map.entry("statusClasses", Map.of("2xx", 6, "3xx", 0, "4xx", 3, "5xx", 0, "other", 1)),
                Map.entry("topUrls", List.of(Map.of("url", "/c", "hits", 3), Map.of("url", "/d", "hits", 2),
                        Map.of("url", "/e", "hits", 2), Map.of("url", "/i", "hits", 1))),
                Map.entry("topClientDomains", List.of(Map.of("domain", "isp.example", "hits", 10))),
                Map.entry("days", List.of(Map.of("date", "2026-11-04", "hits", 7, "bytes", 700),
                        Map.of("date", "2026-11-05", "hits", 3, "bytes", 300))),
                Map.entry("rejections", List.of(
                        Map.of("reason", "not_matching_format", "lines", 2, "sample", RollupFixture.AGENT_SAMPLE,
                                "samples", List.of(RollupFixture.AGENT_SAMPLE, "junk 5", "junk 4", "junk 3", "junk 2")))),
                Map.entry("repairs", List.of(Map.of("reason", "quote_repaired", "lines", 4,
                        "samples", List.of(RollupFixture.REPAIR_SAMPLE, RollupFixture.OLDER_REPAIR_SAMPLE)))));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(expected), json.readTree(body));
    }

    @Test
    void daysWithoutDataAreListedAsZeros() {
        asAdmin().queryParam("from", "2026-10-30").queryParam("to", "2026-11-07")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("days.date", contains("2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03",
                        "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07"))
                .body("days.hits", contains(0, 0, 15, 20, 0, 7, 3, 0, 1))
                .body("days.bytes", contains(0, 0, 1500, 2048, 0, 700, 300, 0, 1234567));
    }

    @Test
    void topUrlsAreTheTenWithMostHitsTiesInCodePointOrder() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("topUrls.url", contains("/index.html", "/Zebra", "/a", "/b", RollupFixture.SCRIPT_URL, "/c",
                        "/d", "/e", "/f", "/g"))
                .body("topUrls.hits", contains(10, 5, 5, 5, 4, 3, 2, 2, 1, 1));
    }

    @Test
    void topClientDomainsAreOrderedByHitsThenDomain() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("topClientDomains.domain", contains("example.com", "example.net", "isp.example", "203.0.113.7"))
                .body("topClientDomains.hits", contains(12, 12, 10, 6));
    }

    @Test
    void rejectionsAreListedByReasonWithTheirSamples() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("rejections.reason", contains("bad_timestamp", "not_matching_format"))
                .body("rejections.lines", contains(2, 3))
                .body("rejections.sample", contains(RollupFixture.TIMESTAMP_SAMPLE, RollupFixture.AGENT_SAMPLE));
    }

    @Test
    void rejectionsListTheirFiveNewestSamplesNewestFirst() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("rejections[1].samples", contains(RollupFixture.AGENT_SAMPLE, "junk 5", "junk 4", "junk 3", "junk 2"));
    }

    @Test
    void rejectionWithoutKeptSamplesListsItsLatestSample() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("rejections[0].samples", contains(RollupFixture.TIMESTAMP_SAMPLE));
    }

    @Test
    void repairedLinesAreListedByReasonWithTheirSamples() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("repairs.reason", contains("quote_repaired"))
                .body("repairs.lines", contains(4))
                .body("repairs[0].samples", contains(RollupFixture.REPAIR_SAMPLE, RollupFixture.OLDER_REPAIR_SAMPLE));
    }

    @Test
    void siteWithoutDataDefaultsToTheLocalDayItWasFirstSeen() {
        asAdmin().when().get(SUMMARY, RollupFixture.QUIET).then()
                .statusCode(200)
                .body("site", equalTo(RollupFixture.QUIET))
                .body("from", equalTo("2026-10-16"))
                .body("to", equalTo("2026-10-16"))
                .body("hits", equalTo(0))
                .body("days.date", contains("2026-10-16"))
                .body("days.hits", contains(0))
                .body("topUrls", empty())
                .body("topClientDomains", empty())
                .body("rejections", empty())
                .body("repairs", empty());
    }

    @Test
    void onlyFromGivenRunsToTheLastDayWithData() {
        asAdmin().queryParam("from", "2026-11-05")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(200)
                .body("from", equalTo("2026-11-05"))
                .body("to", equalTo("2026-11-07"))
                .body("hits", equalTo(4));
    }

    @Test
    void unknownSiteIsAProblemOf404() {
        asAdmin().when().get(SUMMARY, "nope.example").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:unknown-site\",\"title\":\"Unknown site\","
                        + "\"status\":404,\"detail\":\"there is no site named nope.example: the list of sites names "
                        + "every site with data\"}"));
    }

    @Test
    void dateInAnotherFormatIsABadDateProblem() {
        asAdmin().queryParam("from", "11/04/2026")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:bad-date\",\"title\":\"Bad date\",\"status\":400,"
                        + "\"detail\":\"from must be a date as YYYY-MM-DD, such as 2026-11-04\"}"));
    }

    @Test
    void dayThatDoesNotExistIsABadDateProblem() {
        asAdmin().queryParam("to", "2026-11-31")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(400)
                .body(equalTo("{\"type\":\"urn:hitstream:problem:bad-date\",\"title\":\"Bad date\",\"status\":400,"
                        + "\"detail\":\"to is not a calendar date: 2026-11-31 (check the day of the month)\"}"));
    }

    @Test
    void fromAfterToIsAProblemOf400() {
        asAdmin().queryParam("from", "2026-11-05").queryParam("to", "2026-11-04")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:from-after-to\",\"title\":\"From after to\","
                        + "\"status\":400,\"detail\":\"from 2026-11-05 is after to 2026-11-04: swap the two dates\"}"));
    }

    @Test
    void rangeOverTheConfiguredMaximumIsAProblemOf400() {
        asAdmin().queryParam("from", "2025-11-01").queryParam("to", "2026-11-02")
                .when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:range-too-long\",\"title\":\"Range too long\","
                        + "\"status\":400,\"detail\":\"range 2025-11-01 to 2026-11-02 is 367 days long; ask for at most "
                        + "366 days at once\"}"));
    }

    @Test
    void urlsCsvIsTheWholeRankingOfTheRange() {
        asAdmin().queryParam("from", "2026-11-04").queryParam("to", "2026-11-05")
                .when().get("/api/v1/sites/{site}/urls.csv", RollupFixture.WWW).then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"urls.csv\"")
                .body(equalTo("\"rank\",\"url\",\"hits\"\r\n\"1\",\"/c\",\"3\"\r\n\"2\",\"/d\",\"2\"\r\n"
                        + "\"3\",\"/e\",\"2\"\r\n\"4\",\"/i\",\"1\"\r\n"));
    }

    @Test
    void urlsCsvHoldsMoreThanTheTenOfThePage() {
        String csv = asAdmin().when().get("/api/v1/sites/{site}/urls.csv", RollupFixture.WWW).then()
                .statusCode(200).extract().asString();
        assertEquals(13, csv.split("\r\n").length);
    }

    @Test
    void clientDomainsCsvListsEveryDomain() {
        asAdmin().when().get("/api/v1/sites/{site}/client-domains.csv", RollupFixture.WWW).then()
                .statusCode(200)
                .body(equalTo("\"rank\",\"domain\",\"hits\"\r\n\"1\",\"example.com\",\"12\"\r\n"
                        + "\"2\",\"example.net\",\"12\"\r\n\"3\",\"isp.example\",\"10\"\r\n"
                        + "\"4\",\"203.0.113.7\",\"6\"\r\n"));
    }
}
