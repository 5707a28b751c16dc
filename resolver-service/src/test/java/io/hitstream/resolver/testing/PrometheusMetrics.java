package io.hitstream.resolver.testing;

import static io.restassured.RestAssured.given;

/** Reads one value from the service's /q/metrics page, as Prometheus would scrape it. */
public final class PrometheusMetrics {
    private PrometheusMetrics() {
    }

    /** The value of the untagged sample {@code name}; fails when the page has none. */
    public static double value(String name) {
        String page = given().port(TestPort.get()).get("/q/metrics").then().statusCode(200).extract().asString();
        return page.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " on /q/metrics"));
    }
}
