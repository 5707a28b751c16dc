package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class SitePagesTest {
    private static final String QUIET_PATH = "/sites/%3Cquiet%3E%20%26%20%22co%22";

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void indexListsEverySiteWithItsTotals() {
        asAdmin().when().get("/").then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(startsWith("<!DOCTYPE html>"))
                .body(containsString("<td class=\"key\"><a href=\"/sites/www.example.org\">www.example.org</a></td>"))
                .body(containsString("<td class=\"num\">46</td>\n<td class=\"num\">5</td>\n<td class=\"num\">28</td>\n"
                        + "<td class=\"num\" title=\"1,239,115 bytes\">1.2 MiB</td>\n<td class=\"num\">2.2 %</td>"))
                .body(containsString("<td>2026-11-01</td>\n<td>2026-11-07</td>"))
                .body(containsString("<td class=\"num\" title=\"20 bytes\">20 B</td>"));
    }

    @Test
    void indexEscapesTheSiteNameAndEncodesItInTheLink() {
        asAdmin().when().get("/").then()
                .statusCode(200)
                .body(containsString("<a href=\"" + QUIET_PATH + "\">&lt;quiet&gt; &amp; &quot;co&quot;</a>"))
                .body(not(containsString("<quiet>")));
    }

    @Test
    void theEncodedLinkLeadsToTheSitePage() {
        asAdmin().urlEncodingEnabled(false)
                .when().get(QUIET_PATH).then()
                .statusCode(200)
                .body(containsString("<h1>&lt;quiet&gt; &amp; &quot;co&quot;</h1>"))
                .body(containsString("<div class=\"figure\">Hits <strong>0</strong></div>"));
    }

    @Test
    void sitePageLinksToTheSitesLivePageAlertsAndWeeklyArchive() {
        asAdmin().urlEncodingEnabled(false)
                .when().get(QUIET_PATH).then()
                .statusCode(200)
                .body(containsString("<a href=\"" + QUIET_PATH + "/live\">Live</a> · <a href=\"" + QUIET_PATH
                        + "/alerts\">Alerts</a> · <a href=\"/archive/" + QUIET_PATH.substring("/sites/".length())
                        + "/\">Weekly archive</a>"));
    }

    @Test
    void sitePageShowsTotalsAndStatusClasses() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(startsWith("<!DOCTYPE html>"))
                .body(containsString("<div class=\"figure\">Hits <strong>46</strong></div>"))
                .body(containsString("<div class=\"figure\">Bytes <strong title=\"1,239,115 bytes\">1.2 MiB</strong></div>"))
                .body(containsString("<div class=\"figure\">2xx <strong>35</strong></div>"))
                .body(containsString("<div class=\"figure\">3xx <strong>3</strong></div>"))
                .body(containsString("<div class=\"figure\">4xx <strong>6</strong></div>"))
                .body(containsString("<div class=\"figure\">5xx <strong>1</strong></div>"))
                .body(containsString("<div class=\"figure\">Other <strong>1</strong></div>"));
    }

    @Test
    void sitePageShowsTheDefaultRangeInItsForm() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/sites/www.example.org\">"))
                .body(containsString("<input type=\"date\" name=\"from\" value=\"2026-11-01\">"))
                .body(containsString("<input type=\"date\" name=\"to\" value=\"2026-11-07\">"));
    }

    @Test
    void sitePageRanksUrlsAndClientDomains() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">/index.html</td><td class=\"num\">10</td>"
                        + "<td class=\"num\" title=\"10,000 bytes\">9.8 KiB</td><td class=\"num\" title=\"160000 µs\">160.0 ms</td></tr>"))
                .body(containsString("<tr><td class=\"num\">10</td><td class=\"key\">/g</td><td class=\"num\">1</td>"))
                .body(not(containsString("<td class=\"key\">/h</td>")))
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">example.com</td><td class=\"num\">12</td>"))
                .body(containsString("<tr><td class=\"num\">4</td><td class=\"key\">203.0.113.7</td><td class=\"num\">6</td>"));
    }

    @Test
    void sitePageChartsHitsPerDayAgainstTheBusiestDay() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<td>2026-11-01</td>\n<td class=\"num\">15</td>\n<td class=\"bar-cell\" aria-hidden=\"true\"><svg class=\"bar\" width=\"100%\" height=\"14\"><rect width=\"75.0%\" height=\"14\"></rect></svg></td>"))
                .body(containsString("<td>2026-11-02</td>\n<td class=\"num\">20</td>\n<td class=\"bar-cell\" aria-hidden=\"true\"><svg class=\"bar\" width=\"100%\" height=\"14\"><rect width=\"100.0%\" height=\"14\"></rect></svg></td>"))
                .body(containsString("<td>2026-11-03</td>\n<td class=\"num\">0</td>\n<td class=\"bar-cell\" aria-hidden=\"true\"><svg class=\"bar\" width=\"100%\" height=\"14\"><rect width=\"0.0%\" height=\"14\"></rect></svg></td>"))
                .body(containsString("<td>2026-11-07</td>\n<td class=\"num\">1</td>\n<td class=\"bar-cell\" aria-hidden=\"true\"><svg class=\"bar\" width=\"100%\" height=\"14\"><rect width=\"5.0%\" height=\"14\"></rect></svg></td>"));
    }

    @Test
    void sitePageOfAnExplicitRangeShowsThatRangesNumbers() {
        asAdmin().queryParam("from", "2026-11-04").queryParam("to", "2026-11-05")
                .when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<div class=\"figure\">Hits <strong>10</strong></div>"))
                .body(containsString("<input type=\"date\" name=\"from\" value=\"2026-11-04\">"))
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">/c</td><td class=\"num\">3</td>"));
    }

    @Test
    void hostileUrlIsEscaped() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<td class=\"key\">/&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"num\">4</td>"))
                .body(not(containsString("<script")));
    }

    @Test
    void hostileRejectionSampleWithQuotesIsEscaped() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">not_matching_format</td>"
                        + "<td class=\"num\">3</td><td><code class=\"sample\">"
                        + "203.0.113.9 - - [01/Nov/2026:10:00:00 +0000] &quot;GET / HTTP/1.1&quot; 200 12 &quot;-&quot; "
                        + "&quot;Mozilla/5.0 \\&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&quot;</code>"
                        + "<code class=\"sample\">junk 5</code><code class=\"sample\">junk 4</code>"
                        + "<code class=\"sample\">junk 3</code><code class=\"sample\">junk 2</code></td></tr>"))
                .body(not(containsString("<img")));
    }

    @Test
    void repairedLinesAreShownWithEscapedSamples() {
        asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(200)
                .body(containsString("<h2>Repaired lines</h2>"))
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">quote_repaired</td>"
                        + "<td class=\"num\">4</td><td><code class=\"sample\">"
                        + "192.0.2.8 - - [01/Nov/2026:10:00:00 +0000] &quot;GET /&lt;b&gt;x&lt;/b&gt; HTTP/1.1&quot; 200 1 "
                        + "&quot;-&quot; &quot;a &quot;b&quot;</code><code class=\"sample\">192.0.2.8 - - "
                        + "[01/Nov/2026:09:00:00 +0000] &quot;GET / HTTP/1.1&quot; 200 1 &quot;-&quot; &quot;c &quot;d&quot;"
                        + "</code></td></tr>"))
                .body(not(containsString("<b>x")));
    }

    @Test
    void unknownSitePageIs404AndEscapesTheName() {
        asAdmin().when().get("/sites/{site}", "<b>nope</b>").then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(allOf(containsString("<p>there is no site named &lt;b&gt;nope&lt;/b&gt;: the list of sites names every site with data</p>"), not(containsString("<b>"))));
    }

    @Test
    void sitePageWithBadDateIs400() {
        asAdmin().queryParam("from", "2026-11-04").queryParam("to", "someday")
                .when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("<p>to must be a date as YYYY-MM-DD, such as 2026-11-04</p>"));
    }

    @Test
    void sitePageWithFromAfterToIs400() {
        asAdmin().queryParam("from", "2026-11-05").queryParam("to", "2026-11-04")
                .when().get("/sites/{site}", RollupFixture.WWW).then()
                .statusCode(400)
                .body(containsString("<p>from 2026-11-05 is after to 2026-11-04: swap the two dates</p>"));
    }
}
