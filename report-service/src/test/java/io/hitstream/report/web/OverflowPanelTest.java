package io.hitstream.report.web;

import static io.hitstream.report.web.FloodFixture.FLOOD;
import static io.hitstream.report.web.Logins.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys past the daily bound (#11): the overflow panel per dimension over the range, and on every panel whose
 * dimension overflowed an {@code overflow} in its JSON and a note on its HTML, over {@link FloodFixture}.
 */
@QuarkusTest
@TestProfile(FloodProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class OverflowPanelTest {
    private static final String PANEL = "/api/v1/sites/{site}/panels/{panel}";
    private static final String URL_NOTE = "<p class=\"note\">18 hits (1.8 KiB) of this range were of new keys past "
            + "the day&#39;s bound of distinct keys: they are counted under (other), and how many distinct keys they "
            + "were is not recorded.</p>";

    @BeforeEach
    void loadRollups() throws Exception {
        FloodFixture.load();
    }

    @Test
    void overflowPanelSumsEachDimensionsOverflowOverTheRange() {
        asAdmin().when().get(PANEL, FLOOD, "overflow").then()
                .statusCode(200)
                .body("title", equalTo("Keys past the daily bound"))
                .body("columns.name", contains("dimension", "hits", "bytes"))
                .body("rows.dimension", contains("URL", "CLIENT_DOMAIN"))
                .body("rows.hits", contains(18, 3))
                .body("rows.bytes", contains(1800, 30))
                .body("overflow", nullValue());
    }

    @Test
    void overflowPanelOfOneDayReadsOnlyThatDay() {
        asAdmin().queryParam("from", "2026-11-01").queryParam("to", "2026-11-01")
                .when().get(PANEL, FLOOD, "overflow").then()
                .statusCode(200)
                .body("totalRows", equalTo(1))
                .body("rows.dimension", contains("URL"))
                .body("rows.hits", contains(12));
    }

    @Test
    void overflowPanelSortsByDimensionName() {
        asAdmin().queryParam("sort", "dimension").when().get(PANEL, FLOOD, "overflow").then()
                .statusCode(200)
                .body("rows.dimension", contains("CLIENT_DOMAIN", "URL"));
    }

    @Test
    void urlsPanelSaysWhatItsRangeCountedUnderOther() {
        asAdmin().when().get(PANEL, FLOOD, "urls").then()
                .statusCode(200)
                .body("rows.url", contains("(other)", "/a"))
                .body("rows.hits", contains(18, 17))
                .body("overflow.hits", equalTo(18))
                .body("overflow.bytes", equalTo(1800));
    }

    @Test
    void clientDomainsPanelHasItsOwnDimensionsOverflow() {
        asAdmin().when().get(PANEL, FLOOD, "client-domains").then()
                .statusCode(200)
                .body("overflow.hits", equalTo(3))
                .body("overflow.bytes", equalTo(30));
    }

    @Test
    void panelWhoseDimensionStayedWithinTheBoundHasNoOverflow() {
        asAdmin().when().get(PANEL, FLOOD, "browsers").then()
                .statusCode(200)
                .body("rows.browser", contains("Firefox"))
                .body("overflow", nullValue());
    }

    @Test
    void urlsOfADayWithinTheBoundHaveNoOverflow() {
        asAdmin().queryParam("from", "2026-11-03").queryParam("to", "2026-11-03")
                .when().get(PANEL, FLOOD, "urls").then()
                .statusCode(200)
                .body("rows.url", contains("/a"))
                .body("overflow", nullValue());
    }

    @Test
    void overflowCsvHasEveryDimension() {
        String csv = asAdmin().when().get(PANEL + ".csv", FLOOD, "overflow").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertEquals("\"dimension\",\"hits\",\"bytes\"\r\n\"URL\",\"18\",\"1800\"\r\n"
                + "\"CLIENT_DOMAIN\",\"3\",\"30\"\r\n", csv);
    }

    @Test
    void urlsPageAndDirTreeShowTheNote() {
        asAdmin().when().get("/sites/{site}/panels/{panel}", FLOOD, "urls").then()
                .statusCode(200)
                .body(containsString(URL_NOTE));
        asAdmin().when().get("/sites/{site}/panels/{panel}", FLOOD, "dir-tree").then()
                .statusCode(200)
                .body(containsString(URL_NOTE));
    }

    @Test
    void sitePageNotesEveryPanelThatOverflowedAndNoOther() {
        asAdmin().when().get("/sites/{site}", FLOOD).then()
                .statusCode(200)
                .body(containsString("<section class=\"panel\" id=\"urls\">\n<h2>Top URLs</h2>\n" + URL_NOTE))
                .body(containsString("<section class=\"panel\" id=\"client-domains\">\n<h2>Client domains</h2>\n"
                        + "<p class=\"note\">3 hits (30 B) of this range were of new keys"))
                .body(containsString("<section class=\"panel\" id=\"browsers\">\n<h2>Browsers</h2>\n<table>"))
                .body(containsString("Requests per directory, each with its whole subtree; open a directory to see "
                        + "what is in it.</p>\n" + URL_NOTE));
    }

    @Test
    void overflowPanelOfARangeWithinTheBoundSaysSo() {
        asAdmin().queryParam("from", "2026-11-03").queryParam("to", "2026-11-03")
                .when().get("/sites/{site}/panels/{panel}", FLOOD, "overflow").then()
                .statusCode(200)
                .body(containsString("<p class=\"muted\">No dimension went past its daily bound of distinct keys in "
                        + "this range.</p>"))
                .body(not(containsString("class=\"note\"")));
    }
}
