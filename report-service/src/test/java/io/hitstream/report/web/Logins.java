package io.hitstream.report.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The test users of {@code src/test/resources/report-users} and the built-in admin, signed in with HTTP Basic. */
final class Logins {
    static final String VIEWER_OF_WWW = "viewer-a";
    static final String VIEWER_OF_SHOP = "viewer-b";

    private Logins() {
    }

    static RequestSpecification asAdmin() {
        return as("admin", "admin-test-password");
    }

    static RequestSpecification asViewerOfWww() {
        return as(VIEWER_OF_WWW, "viewer-a-password");
    }

    static RequestSpecification asViewerOfShop() {
        return as(VIEWER_OF_SHOP, "viewer-b-password");
    }

    static RequestSpecification as(String name, String password) {
        return given().auth().preemptive().basic(name, password);
    }
}
