package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class SafetyHeadersTest {
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void theSitePageCarriesTheStrictPolicyAndNoInlineStyleOrScript() {
        strict(asAdmin().when().get("/sites/{site}", RollupFixture.WWW).then().statusCode(200))
                .body(not(containsString("<style")))
                .body(not(containsString("style=")))
                .body(containsString("<link rel=\"stylesheet\" href=\"/report.css\">"));
    }

    @Test
    void theOverviewTheLoginPageAndTheStylesheetCarryThePolicy() {
        strict(asAdmin().when().get("/").then().statusCode(200));
        strict(given().when().get("/login").then().statusCode(200));
        strict(given().when().get("/report.css").then().statusCode(200).contentType("text/css"));
    }

    @Test
    void apiAnswersAndRefusalsCarryThePolicy() {
        strict(asAdmin().when().get("/api/v1/sites").then().statusCode(200));
        strict(given().when().get("/api/v1/sites/{site}/summary", RollupFixture.WWW).then().statusCode(401));
    }

    private static ValidatableResponse strict(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
