package io.hitstream.report.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class ApiDocumentationTest {
    private static final String SUMMARY = "paths.'/api/v1/sites/{site}/summary'.get";
    private static final String PANEL_PATH = "/api/v1/sites/{site}/panels/{panel}";
    private static final String PANEL = "paths.'" + PANEL_PATH + "'.get";

    @Test
    void theSchemaListsEveryApiEndpointAndNoPage() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.keySet()", equalTo(Set.of("/api/v1/sites", "/api/v1/sites/{site}/summary",
                        "/api/v1/sites/{site}/{ranking}.csv", "/api/v1/sites/{site}/alerts",
                        "/api/v1/sites/{site}/live", "/api/v1/sites/{site}/archive", PANEL_PATH, PANEL_PATH + ".csv")));
    }

    @Test
    void eachEndpointHasASummaryItsParametersAndItsAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/sites'.get.summary",
                        equalTo("The sites the caller may read, with their all-time totals"))
                .body(SUMMARY + ".summary", equalTo("One site's summary over a range of days"))
                .body(SUMMARY + ".parameters.name", equalTo(List.of("site", "from", "to")))
                .body(SUMMARY + ".responses.keySet()", equalTo(Set.of("200", "400", "401", "403", "404")))
                .body(SUMMARY + ".responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void theAlertsEndpointHasItsSummaryParameterAndAnswers() {
        String alerts = "paths.'/api/v1/sites/{site}/alerts'.get";
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body(alerts + ".summary", equalTo("One site's open alerts and its newest 100 recovered ones, newest first"))
                .body(alerts + ".parameters.name", equalTo(List.of("site")))
                .body(alerts + ".responses.keySet()", equalTo(Set.of("200", "401", "403", "404")));
    }

    @Test
    void thePanelEndpointDocumentsItsOptionsAndProblems() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body(PANEL + ".summary", equalTo("One panel of a site's report over a range: a page of its table"))
                .body(PANEL + ".parameters.name", equalTo(List.of("panel", "site", "compare", "depth", "dir", "from",
                        "htmlOnly", "page", "range", "size", "sort", "to")))
                .body(PANEL + ".responses.keySet()", equalTo(Set.of("200", "400", "401", "403", "404")))
                .body(PANEL + ".responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(PANEL + ".responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PanelJson"));
    }

    @Test
    void theSwaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
