package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.hitstream.report.web.Logins.asViewerOfShop;
import static io.hitstream.report.web.Logins.asViewerOfWww;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A site's open and past alerts, as a page and as JSON, to whoever may read the site's report. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class AlertPagesTest {
    private static final String API = "/api/v1/sites/{site}/alerts";
    private static final String PAGE = "/sites/{site}/alerts";

    @BeforeEach
    void loadAlerts() throws Exception {
        AlertFixture.load();
    }

    @Test
    void theApiListsOpenAndPastAlertsNewestFirst() {
        asViewerOfWww().when().get(API, RollupFixture.WWW).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(equalTo("{\"site\":\"www.example.org\",\"timeZone\":\"UTC\",\"open\":[{\"rule\":\"traffic\","
                        + "\"value\":1100.0,\"threshold\":600.0,\"windowMinutes\":2,\"requestGroup\":\"\","
                        + "\"raisedAt\":\"2026-11-07T10:02:00Z\",\"recoveredAt\":null,\"recoveryValue\":null}],"
                        + "\"past\":[{\"rule\":\"error_rate\",\"value\":18.75,\"threshold\":5.0,\"windowMinutes\":2,"
                        + "\"requestGroup\":\"\",\"raisedAt\":\"2026-11-05T08:00:00Z\","
                        + "\"recoveredAt\":\"2026-11-05T08:05:00Z\",\"recoveryValue\":0.0},{\"rule\":\"latency\","
                        + "\"value\":2000.0,\"threshold\":1000.0,\"windowMinutes\":5,\"requestGroup\":\"api\","
                        + "\"raisedAt\":\"2026-11-04T12:10:00Z\",\"recoveredAt\":\"2026-11-04T12:20:00Z\","
                        + "\"recoveryValue\":200.0}]}"));
    }

    @Test
    void thePageShowsOpenAndPastAlertsWithTheirFigures() {
        asViewerOfWww().when().get(PAGE, RollupFixture.WWW).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<tr><td class=\"key\">High traffic</td><td>2026-11-07 10:02</td>"
                        + "<td class=\"num\">hits 1100</td><td class=\"num\">600</td><td class=\"num\">2 min</td></tr>"))
                .body(containsString("<tr><td class=\"key\">High error rate</td><td>2026-11-05 08:00</td>"
                        + "<td>2026-11-05 08:05</td><td class=\"num\">5xx % 18.75</td><td class=\"num\">0</td>"
                        + "<td class=\"num\">5</td><td class=\"num\">2 min</td></tr>"))
                .body(containsString("<tr><td class=\"key\">High latency (api)</td><td>2026-11-04 12:10</td>"
                        + "<td>2026-11-04 12:20</td><td class=\"num\">p99 ms 2000</td><td class=\"num\">200</td>"
                        + "<td class=\"num\">1000</td><td class=\"num\">5 min</td></tr>"));
    }

    @Test
    void thePageShowsTimesInTheSitesZone() {
        asViewerOfShop().when().get(PAGE, RollupFixture.SHOP).then()
                .statusCode(200)
                .body(containsString("<p class=\"muted\">No open alert.</p>"))
                .body(containsString("<tr><td class=\"key\">Silence</td><td>2026-11-03 00:10</td>"
                        + "<td>2026-11-03 00:30</td><td class=\"num\">hits 0</td><td class=\"num\">40</td>"
                        + "<td class=\"num\">0</td><td class=\"num\">10 min</td></tr>"));
    }

    @Test
    void thePageEscapesTheSiteNameTheRuleAndTheRequestGroup() {
        given().when().get(PAGE, RollupFixture.QUIET).then()
                .statusCode(200)
                .body(containsString("<h1>Alerts · &lt;quiet&gt; &amp; &quot;co&quot;</h1>"))
                .body(containsString("<a href=\"/sites/%3Cquiet%3E%20%26%20%22co%22\">"))
                .body(containsString("<td class=\"key\">&lt;b&gt;odd&lt;/b&gt; (&lt;i&gt;a&lt;/i&gt; &amp; &quot;b&quot;)</td>"))
                .body(not(containsString("<b>odd</b>")))
                .body(not(containsString("<i>a</i>")));
    }

    @Test
    void aViewerOfAnotherSiteGetsAProblemOf403FromTheApi() {
        asViewerOfShop().when().get(API, RollupFixture.WWW).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:site-forbidden\",\"title\":\"Site not granted\","
                        + "\"status\":403,\"detail\":\"viewer-b may not read www.example.org: an admin can grant it "
                        + "in the users file\"}"));
    }

    @Test
    void aViewerOfAnotherSiteGets403ForThePage() {
        asViewerOfWww().when().get(PAGE, RollupFixture.SHOP).then()
                .statusCode(403)
                .contentType(ContentType.HTML)
                .body(containsString("<p>viewer-a may not read shop.example.org: an admin can grant it in the users "
                        + "file</p>"))
                .body(not(containsString("Silence")));
    }

    @Test
    void nobodySignedInGets401FromTheApiWithABasicChallenge() {
        given().when().get(API, RollupFixture.WWW).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Hitstream\", charset=\"UTF-8\"")
                .contentType("application/problem+json");
    }

    @Test
    void nobodySignedInIsSentToTheLoginFormByThePage() {
        given().redirects().follow(false).when().get(PAGE, RollupFixture.WWW).then()
                .statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void anUnknownSiteIsAProblemOf404ForTheAdmin() {
        asAdmin().when().get(API, "nowhere.example.org").then()
                .statusCode(404)
                .body("type", equalTo("urn:hitstream:problem:unknown-site"));
    }
}
