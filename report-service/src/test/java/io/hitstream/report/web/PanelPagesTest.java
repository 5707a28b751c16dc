package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panels on the site page, each panel's own page, and the overview, with the clock at 2026-11-07 noon UTC. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class PanelPagesTest {

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void comparedFiguresShowTheirChangeAndThePreviousValue() {
        asAdmin().queryParam("from", "2026-11-02").queryParam("to", "2026-11-02").queryParam("compare", true)
                .when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("; compared with 2026-11-01 to 2026-11-01</p>"))
                .body(containsString("<div class=\"figure\">Hits <strong>20</strong><span class=\"change\">+33.3 % (was 15)</span></div>"))
                .body(containsString("<div class=\"figure\">Visitors <strong>4</strong><span class=\"change\">+33.3 % (was 3)</span></div>"))
                .body(containsString("<div class=\"figure\">Crawler share <strong>25.0 %</strong><span class=\"change\">+88.0 % (was 13.3 %)</span></div>"))
                .body(containsString("<div class=\"figure\">Rejected lines <strong>2</strong><span class=\"change\">+100.0 % (was 1)</span></div>"));
    }

    @Test
    void presetLinksAndTheComparisonKeepTheRangeInTheQuery() {
        asAdmin().queryParam("range", "last-7-days").when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<a href=\"/sites/www.example.org?range=today\">Today</a>"))
                .body(containsString("<a href=\"/sites/www.example.org?range=last-7-days\" aria-current=\"page\">Last 7 days</a>"))
                .body(containsString("<a href=\"/sites/www.example.org?range=last-7-days&amp;compare=true\">Compare with the previous period</a>"))
                .body(containsString("<input type=\"date\" name=\"from\" value=\"2026-11-01\">"));
    }

    @Test
    void headingsSortOnTheServerByLink() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<th class=\"num\"><a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=hits&amp;dir=desc&amp;size=10\">Hits</a></th>"))
                .body(containsString("<th><a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=url&amp;dir=asc&amp;size=10\">URL</a></th>"))
                .body(containsString("<a href=\"/api/v1/sites/www.example.org/panels/urls.csv?from=2026-11-01&amp;to=2026-11-07\" download>All rows as CSV</a>"));
    }

    @Test
    void referrersLinkOnlyWebUrlsAndNeverFollowThem() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<td class=\"key\"><a href=\"https://search.example/?q=hitstream&amp;lang=en\" rel=\"nofollow noopener noreferrer\">https://search.example/?q=hitstream&amp;lang=en</a></td>"))
                .body(containsString("<td class=\"key\">javascript:alert(document.domain)</td>"))
                .body(not(containsString("href=\"javascript:")));
    }

    @Test
    void badLinksShowThePageToFixAsALink() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\"><a href=\"https://www.example.org/blog\" rel=\"nofollow noopener noreferrer\">https://www.example.org/blog</a></td><td class=\"key\">/gone</td><td class=\"num\">3</td></tr>"));
    }

    @Test
    void dirTreeOpensDirectoriesWithoutScript() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<li><details><summary><span class=\"key\">&lt;script&gt;alert(1)&lt;/</span> <span class=\"count\">4</span></summary>\n<ul>\n"
                        + "<li><span class=\"key\">script&gt;</span> <span class=\"count\">4</span></li>"))
                .body(containsString("<li><span class=\"key\">index.html</span> <span class=\"count\">10</span></li>"));
    }

    @Test
    void dirTreeOnTheSitePageShowsTenEntriesAndLinksTheRestOnItsPanel() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<li><span class=\"key\">g</span> <span class=\"count\">1</span></li>\n"
                        + "<li class=\"more\"><a href=\"/sites/www.example.org/panels/dir-tree?from=2026-11-01&amp;to=2026-11-07&amp;depth=2\">2 more</a></li>\n</ul>"))
                .body(not(containsString("<span class=\"key\">h</span>")));
    }

    @Test
    void dirTreePanelShowsEveryEntry() {
        asAdmin().when().get("/sites/{site}/panels/dir-tree", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<li><span class=\"key\">h</span> <span class=\"count\">1</span></li>"))
                .body(containsString("<li><span class=\"key\">i</span> <span class=\"count\">1</span></li>"))
                .body(not(containsString("more</a>")));
    }

    @Test
    void panelPageShowsItsPageSortedAndLinksTheNeighbours() {
        asAdmin().queryParam("sort", "url").queryParam("size", 5).queryParam("page", 2)
                .when().get("/sites/{site}/panels/urls", RollupFixture.WWW).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<h1>Top URLs</h1>"))
                .body(containsString("<tr><td class=\"num\">6</td><td class=\"key\">/d</td>"))
                .body(containsString("<th aria-sort=\"ascending\"><a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=url&amp;dir=desc&amp;size=5\">URL</a></th>"))
                .body(containsString("12 rows · <a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=url&amp;dir=asc&amp;size=5\">page 2 of 3</a>"
                        + " · <a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=url&amp;dir=asc&amp;size=5\" rel=\"prev\">Previous page</a>"
                        + " · <a href=\"/sites/www.example.org/panels/urls?from=2026-11-01&amp;to=2026-11-07&amp;sort=url&amp;dir=asc&amp;page=3&amp;size=5\" rel=\"next\">Next page</a>"));
    }

    @Test
    void dirTreePageOffersDepthsAndTheHtmlFilter() {
        asAdmin().queryParam("depth", 1).when().get("/sites/{site}/panels/dir-tree", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<a href=\"/sites/www.example.org/panels/dir-tree?from=2026-11-01&amp;to=2026-11-07&amp;depth=1\" aria-current=\"page\">1</a>"))
                .body(containsString("<a href=\"/sites/www.example.org/panels/dir-tree?from=2026-11-01&amp;to=2026-11-07&amp;depth=1&amp;htmlOnly=true\">HTML pages only</a>"))
                .body(containsString("<li><span class=\"key\">&lt;script&gt;alert(1)&lt;/</span> <span class=\"count\">4</span></li>"))
                .body(containsString("<th class=\"num\">Depth</th>"));
    }

    @Test
    void panelPageOfASiteNotGrantedIsForbiddenAndAStrangerSignsInFirst() {
        Logins.asViewerOfShop().when().get("/sites/{site}/panels/urls", RollupFixture.WWW).then().statusCode(403);
        given().redirects().follow(false).when().get("/sites/{site}/panels/urls", RollupFixture.WWW).then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void unknownPanelPageIs404() {
        asAdmin().when().get("/sites/{site}/panels/nope", RollupFixture.WWW).then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("<p>there is no panel named nope; the panels are summary, traffic"));
    }

    @Test
    void overviewDrawsThirtyDaysOfHitsAsASparkline() {
        asAdmin().when().get("/").then()
                .statusCode(200)
                .body(containsString("<svg class=\"sparkline\" width=\"120\" height=\"24\" viewBox=\"0 -1 120 26\" role=\"img\" "
                        + "aria-label=\"hits per day, 2026-10-09 to 2026-11-07\"><polyline points=\"0.0,24.0 4.1,24.0 "))
                .body(containsString(" 91.0,24.0 95.2,6.0 99.3,0.0 103.4,24.0 107.6,15.6 111.7,20.4 115.9,24.0 120.0,22.8\">"));
    }
}
