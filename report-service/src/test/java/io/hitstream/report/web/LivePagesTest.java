package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.hitstream.report.web.Logins.asViewerOfShop;
import static io.hitstream.report.web.Logins.asViewerOfWww;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live page of shop.example.org (Europe/Zurich) at 10:05:30 UTC: the minutes 09:56 to 10:05 UTC. */
@QuarkusTest
@TestProfile(WeeklyProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class LivePagesTest {
    private static final String PAGE = "/sites/{site}/live";
    private static final String API = "/api/v1/sites/{site}/live";

    @Inject
    FixedClock clock;

    @BeforeEach
    void loadRollups() throws Exception {
        LiveAndWeeksFixture.load();
        clock.set(LiveAndWeeksFixture.LIVE_NOW);
    }

    @Test
    void apiCountsEachSectionPerMinuteAndInTotal() {
        asAdmin().when().get(API, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Zurich"))
                .body("minutes[0]", equalTo("2026-11-10T09:56:00Z"))
                .body("minutes[9]", equalTo("2026-11-10T10:05:00Z"))
                .body("sections.section", equalTo(List.of("/blog", "/shop", LiveAndWeeksFixture.HOSTILE_SECTION)))
                .body("sections[0].perMinute", equalTo(List.of(3, 0, 0, 0, 5, 0, 0, 0, 0, 2)))
                .body("sections[1].perMinute", equalTo(List.of(0, 0, 0, 0, 0, 4, 0, 0, 4, 0)))
                .body("sections.total", equalTo(List.of(10, 8, 1)))
                .body("perMinute", equalTo(List.of(3, 0, 0, 0, 5, 4, 1, 0, 4, 2)))
                .body("total", equalTo(19))
                .body("mostPopular", equalTo("/blog"));
    }

    @Test
    void apiNamesTheOpenTrafficAlertOnly() {
        asAdmin().when().get(API, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .body("trafficAlert.raisedAt", equalTo("2026-11-10T10:02:00Z"))
                .body("trafficAlert.value", equalTo(1100.0f))
                .body("trafficAlert.threshold", equalTo(600.0f))
                .body("trafficAlert.windowMinutes", equalTo(2));
    }

    @Test
    void aSiteWithoutRecentHitsHasNoMostPopularSectionAndNoAlert() {
        asAdmin().when().get(API, LiveAndWeeksFixture.WWW).then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("sections", equalTo(List.of()))
                .body("perMinute", equalTo(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .body("mostPopular", nullValue())
                .body("trafficAlert", nullValue());
    }

    @Test
    void pageShowsTheMinutesInTheSitesZoneAndTheTotals() {
        asViewerOfShop().when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<th class=\"num\">10:56</th>"))
                .body(containsString("<th class=\"num\">11:05</th><th class=\"num\">Total</th>"))
                .body(containsString("<tr><td class=\"key\">/blog</td><td class=\"num\">3</td><td class=\"num\">0</td>"
                        + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">5</td><td class=\"num\">0"
                        + "</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">"
                        + "2</td><td class=\"num\">10</td></tr>"))
                .body(containsString("<div class=\"figure\">Hits <strong>19</strong></div>"))
                .body(containsString("<div class=\"figure\">Most popular section <strong>/blog</strong></div>"));
    }

    @Test
    void pageMarksTheOpenTrafficAlertInTheSitesZone() {
        asViewerOfShop().when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .body(containsString("<p class=\"error\">High traffic alert open since 2026-11-10 11:02: 1,100 hits in "
                        + "2 minutes, threshold 600</p>"));
    }

    @Test
    void pageReloadsItselfWithoutScript() {
        asViewerOfShop().when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .header("Refresh", "5")
                .header("Content-Type", "text/html;charset=UTF-8")
                .body(not(containsString("<script")));
    }

    @Test
    void pageEscapesSectionNames() {
        asViewerOfShop().when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(200)
                .body(containsString("<td class=\"key\">/&lt;b&gt;x&lt;/b&gt;</td>"))
                .body(not(containsString("<b>x</b>")));
    }

    @Test
    void viewerOfAnotherSiteGets403FromPageAndApi() {
        asViewerOfWww().when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(403)
                .body(containsString("<p>viewer-a may not read shop.example.org: an admin can grant it in the users "
                        + "file</p>"));
        asViewerOfWww().when().get(API, LiveAndWeeksFixture.SHOP).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hitstream:problem:site-forbidden"));
    }

    @Test
    void nobodySignedInIsSentToLoginFromThePageAndGets401FromTheApi() {
        given().redirects().follow(false).when().get(PAGE, LiveAndWeeksFixture.SHOP).then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
        given().when().get(API, LiveAndWeeksFixture.SHOP).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Hitstream\", charset=\"UTF-8\"")
                .body("type", equalTo("urn:hitstream:problem:sign-in-required"));
    }

    @Test
    void anUnknownSiteIs404ForAnAdmin() {
        asAdmin().when().get(API, "nope.example").then()
                .statusCode(404)
                .body("type", equalTo("urn:hitstream:problem:unknown-site"));
    }
}
