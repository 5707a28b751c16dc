package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.hitstream.report.web.Logins.asViewerOfShop;
import static io.hitstream.report.web.Logins.asViewerOfWww;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who reads what: the admin every site, viewer-a only www, viewer-b only shop, nobody signed in only the site the
 * test configuration makes anonymous (the quiet one).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class AccessControlTest {
    private static final String SUMMARY = "/api/v1/sites/{site}/summary";
    private static final String PAGE = "/sites/{site}";

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void adminReadsEverySitesApiAndPage() {
        asAdmin().when().get(SUMMARY, RollupFixture.WWW).then().statusCode(200).body("hits", equalTo(46));
        asAdmin().when().get(SUMMARY, RollupFixture.SHOP).then().statusCode(200).body("hits", equalTo(2));
        asAdmin().when().get(PAGE, RollupFixture.WWW).then().statusCode(200);
        asAdmin().when().get(PAGE, RollupFixture.SHOP).then().statusCode(200);
    }

    @Test
    void adminListsEverySite() {
        asAdmin().when().get("/api/v1/sites").then().statusCode(200)
                .body("sites.site", equalTo(List.of(RollupFixture.QUIET, RollupFixture.SHOP, RollupFixture.WWW)));
    }

    @Test
    void viewerReadsTheGrantedSite() {
        asViewerOfWww().when().get(SUMMARY, RollupFixture.WWW).then().statusCode(200).body("hits", equalTo(46));
        asViewerOfWww().when().get(PAGE, RollupFixture.WWW).then().statusCode(200)
                .body(containsString("<h1>www.example.org</h1>"));
        asViewerOfShop().when().get(SUMMARY, RollupFixture.SHOP).then().statusCode(200).body("hits", equalTo(2));
    }

    @Test
    void viewerGetsAProblemOf403ForAnotherSitesApi() {
        asViewerOfShop().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:site-forbidden\",\"title\":\"Site not granted\","
                        + "\"status\":403,\"detail\":\"viewer-b may not read www.example.org: an admin can grant it "
                        + "in the users file\"}"));
    }

    @Test
    void viewerGets403ForAnotherSitesPage() {
        asViewerOfWww().when().get(PAGE, RollupFixture.SHOP).then()
                .statusCode(403)
                .contentType(ContentType.HTML)
                .body(containsString("<p>viewer-a may not read shop.example.org: an admin can grant it in the users "
                        + "file</p>"))
                .body(not(containsString("Hits <strong>")));
    }

    @Test
    void viewerGets403ForAnUnknownSiteSoThatNoSiteIsRevealed() {
        asViewerOfWww().when().get(SUMMARY, "nope.example").then().statusCode(403);
    }

    @Test
    void viewerListsOnlyTheGrantedSiteAndTheAnonymousOne() {
        asViewerOfWww().when().get("/api/v1/sites").then().statusCode(200)
                .body("sites.site", equalTo(List.of(RollupFixture.QUIET, RollupFixture.WWW)));
        asViewerOfShop().when().get("/api/v1/sites").then().statusCode(200)
                .body("sites.site", equalTo(List.of(RollupFixture.QUIET, RollupFixture.SHOP)));
    }

    @Test
    void viewersOverviewLeavesOutSitesNotGranted() {
        asViewerOfShop().when().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/sites/shop.example.org\">shop.example.org</a>"))
                .body(not(containsString("www.example.org")));
    }

    @Test
    void nobodySignedInGetsAProblemOf401WithABasicChallengeFromTheApi() {
        given().when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Hitstream\", charset=\"UTF-8\"")
                .contentType("application/problem+json")
                .body(equalTo("{\"type\":\"urn:hitstream:problem:sign-in-required\",\"title\":\"Sign-in required\","
                        + "\"status\":401,\"detail\":\"sign in to read this report: send a user name and password "
                        + "(HTTP Basic) or use the login page\"}"));
    }

    @Test
    void nobodySignedInIsSentToTheLoginPageFromAPage() {
        given().redirects().follow(false).when().get(PAGE, RollupFixture.WWW).then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void nobodySignedInReadsTheAnonymousSiteAndListsOnlyIt() {
        given().when().get(SUMMARY, RollupFixture.QUIET).then().statusCode(200).body("site", equalTo(RollupFixture.QUIET));
        given().when().get("/api/v1/sites").then().statusCode(200)
                .body("sites.site", equalTo(List.of(RollupFixture.QUIET)));
    }

    @Test
    void aWrongPasswordIs401() {
        Logins.as(Logins.VIEWER_OF_WWW, "not-the-password").when().get(SUMMARY, RollupFixture.WWW).then()
                .statusCode(401);
    }

    @Test
    void theLoginFormSignsInAndItsCookieReadsTheGrantedSite() {
        String cookie = given().redirects().follow(false)
                .formParam("j_username", Logins.VIEWER_OF_WWW).formParam("j_password", "viewer-a-password")
                .when().post("/j_security_check").then()
                .statusCode(302)
                .extract().cookie("quarkus-credential");
        given().cookie("quarkus-credential", cookie).when().get(PAGE, RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<h1>www.example.org</h1>"));
    }

    @Test
    void aFailedFormLoginReturnsToTheLoginPageSayingSo() {
        given().redirects().follow(false)
                .formParam("j_username", Logins.VIEWER_OF_WWW).formParam("j_password", "wrong")
                .when().post("/j_security_check").then()
                .statusCode(302)
                .header("Location", endsWith("/login?failed=true"));
    }

    @Test
    void aViewerGets403ForAnotherSitesCsvAndNobodySignedIn401() {
        asViewerOfShop().when().get("/api/v1/sites/{site}/urls.csv", RollupFixture.WWW).then().statusCode(403);
        given().when().get("/api/v1/sites/{site}/client-domains.csv", RollupFixture.WWW).then().statusCode(401);
    }
}
