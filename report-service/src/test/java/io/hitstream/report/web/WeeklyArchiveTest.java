package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.hitstream.report.web.Logins.asViewerOfShop;
import static io.hitstream.report.web.Logins.asViewerOfWww;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.ArchivedWeek;
import io.hitstream.report.service.WeeklyArchiver;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly archive of {@link LiveAndWeeksFixture}: www.example.org (UTC) has the weeks of 2026-11-02 and
 * 2026-11-09, shop.example.org (Europe/Zurich) that of 2026-11-09. The job archives a week two hours (the default
 * grace) after its local Sunday ends.
 */
@QuarkusTest
@TestProfile(WeeklyProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class WeeklyArchiveTest {
    /** Both sites' second week is over, with the grace. */
    private static final Instant AFTER_BOTH_WEEKS = Instant.parse("2026-11-16T03:00:00Z");
    private static final String LIST = "/archive/{site}/";
    private static final String WEEK = "/archive/{site}/{week}";
    private static final String API = "/api/v1/sites/{site}/archive";

    @Inject
    WeeklyArchiver archiver;

    @BeforeEach
    void loadRollups() throws Exception {
        LiveAndWeeksFixture.load();
    }

    @Test
    void aWeekIsArchivedTwoHoursAfterItEndsInTheSitesZone() {
        // 00:30 UTC: www's Sunday ended 30 minutes ago; shop's (Zurich) 90 minutes ago.
        assertEquals(List.of("www.example.org 2026-11-02"), names(archive("2026-11-16T00:30:00Z")));
        assertEquals(List.of("shop.example.org 2026-11-09", "www.example.org 2026-11-09"),
                names(archive("2026-11-16T03:00:00Z")));
    }

    @Test
    void runningTheJobAgainArchivesNothingMore() throws Exception {
        assertEquals(3, archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely().size());
        assertEquals(List.of(), archiver.archiveAll(AFTER_BOTH_WEEKS.plusSeconds(3600)).await().indefinitely());
        assertEquals(3, LiveAndWeeksFixture.archivedWeeks());
    }

    @Test
    void twoReplicasRunningTheJobAtOnceArchiveEachWeekOnce() throws Exception {
        CompletableFuture<List<ArchivedWeek>> first = CompletableFuture.supplyAsync(
                () -> archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely());
        CompletableFuture<List<ArchivedWeek>> second = CompletableFuture.supplyAsync(
                () -> archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely());
        List<String> kept = new ArrayList<>(names(first.get()));
        kept.addAll(names(second.get()));
        assertEquals(List.of("shop.example.org 2026-11-09", "www.example.org 2026-11-02",
                "www.example.org 2026-11-09"), kept.stream().sorted().toList());
        assertEquals(3, LiveAndWeeksFixture.archivedWeeks());
    }

    @Test
    void theListLinksEachWeekNewestFirstWithItsHits() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfWww().when().get(LIST, LiveAndWeeksFixture.WWW).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<tr><td><a href=\"/archive/www.example.org/2026-11-09\">2026-11-09 to 2026-11-15"
                        + "</a></td><td class=\"num\">7</td></tr>\n<tr><td><a href=\"/archive/www.example.org/2026-11-02\">"
                        + "2026-11-02 to 2026-11-08</a></td><td class=\"num\">25</td></tr>"));
    }

    @Test
    void theApiListsEachWeekWithItsPage() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfWww().when().get(API, LiveAndWeeksFixture.WWW).then()
                .statusCode(200)
                .body("site", equalTo("www.example.org"))
                .body("weeks.from", equalTo(List.of("2026-11-09", "2026-11-02")))
                .body("weeks.to", equalTo(List.of("2026-11-15", "2026-11-08")))
                .body("weeks.hits", equalTo(List.of(7, 25)))
                .body("weeks.renderedAt", equalTo(List.of("2026-11-16T03:00:00Z", "2026-11-16T03:00:00Z")))
                .body("weeks.page", equalTo(List.of("/archive/www.example.org/2026-11-09",
                        "/archive/www.example.org/2026-11-02")));
    }

    @Test
    void aSnapshotHoldsTheWeeksSummaryAndTopUrls() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfWww().when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-02").then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<h1>www.example.org, week of 2026-11-02</h1>"))
                .body(containsString("<div class=\"figure\">Hits <strong>25</strong></div>"))
                .body(containsString("<div class=\"figure\">Bytes <strong title=\"2,500 bytes\">2.4 KiB</strong></div>"))
                .body(containsString("<div class=\"figure\">2xx <strong>20</strong></div>"))
                .body(containsString("<div class=\"figure\">4xx <strong>4</strong></div>"))
                .body(containsString("<tr><td>2026-11-07</td><td class=\"num\">0</td>"))
                .body(containsString("<tr><td>2026-11-08</td><td class=\"num\">5</td>"))
                .body(containsString("<tr><td class=\"num\">1</td><td class=\"key\">/index.html</td><td class=\"num\">17"
                        + "</td></tr>\n<tr><td class=\"num\">2</td><td class=\"key\">/about</td><td class=\"num\">8</td></tr>"));
    }

    @Test
    void aSnapshotHoldsTheWeeksReferrersAndBadLinksEscaped() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfWww().when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-02").then()
                .statusCode(200)
                .body(containsString("<td class=\"key\">https://search.example/results</td><td class=\"num\">6</td>"))
                .body(containsString("<td class=\"key\">https://blog.example.net/&lt;script&gt;</td><td class=\"num\">2"))
                .body(containsString("<tr><td class=\"key\" rowspan=\"2\">/about</td><td class=\"key\">/old-page</td>"
                        + "<td class=\"num\">4</td></tr>\n<tr><td class=\"key\">/gone</td><td class=\"num\">1</td></tr>"))
                .body(containsString("<tr><td class=\"key\" rowspan=\"2\">/index.html</td><td class=\"key\">"
                        + "/&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"num\">2</td></tr>"))
                .body(not(containsString("<script")));
    }

    @Test
    void aSnapshotCountsTheSitesLocalDays() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfShop().when().get(WEEK, LiveAndWeeksFixture.SHOP, "2026-11-09").then()
                .statusCode(200)
                .body(containsString("2026-11-09 to 2026-11-15, site-local days (Europe/Zurich)"))
                .body(containsString("<div class=\"figure\">Hits <strong>3</strong></div>"))
                .body(containsString("<tr><td>2026-11-09</td><td class=\"num\">3</td>"));
    }

    @Test
    void aWeekNotArchivedOrNotNamedByItsMondayIs404() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asAdmin().when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-16").then().statusCode(404);
        asAdmin().when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-03").then().statusCode(404);
        asAdmin().when().get(WEEK, LiveAndWeeksFixture.WWW, "<b>").then()
                .statusCode(404)
                .body(containsString("has no week &lt;b&gt;"));
    }

    @Test
    void viewerOfAnotherSiteGets403ForTheListTheWeekAndTheApi() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        asViewerOfShop().when().get(LIST, LiveAndWeeksFixture.WWW).then().statusCode(403);
        asViewerOfShop().when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-02").then()
                .statusCode(403)
                .body(not(containsString("Hits <strong>")));
        asViewerOfShop().when().get(API, LiveAndWeeksFixture.WWW).then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void nobodySignedInIsSentToLoginFromThePagesAndGets401FromTheApi() {
        archiver.archiveAll(AFTER_BOTH_WEEKS).await().indefinitely();
        given().redirects().follow(false).when().get(LIST, LiveAndWeeksFixture.WWW).then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
        given().redirects().follow(false).when().get(WEEK, LiveAndWeeksFixture.WWW, "2026-11-02").then()
                .statusCode(303)
                .header("Location", endsWith("/login"));
        given().when().get(API, LiveAndWeeksFixture.WWW).then().statusCode(401);
    }

    private List<ArchivedWeek> archive(String now) {
        return archiver.archiveAll(Instant.parse(now)).await().indefinitely();
    }

    private static List<String> names(List<ArchivedWeek> weeks) {
        return weeks.stream().map(week -> week.site() + " " + week.week()).toList();
    }
}
