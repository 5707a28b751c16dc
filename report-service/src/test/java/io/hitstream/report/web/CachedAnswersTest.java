package io.hitstream.report.web;

import static io.hitstream.report.web.Logins.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.hitstream.testing.PostgresServer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers are kept per site data version: a commit that adds to a site's rollups (and moves its version, as every
 * stats commit does in its transaction) changes the very next read, to the hit; rows changed without a version move
 * are not seen while the kept answer lasts, which shows the answers really are kept.
 */
@QuarkusTest
@TestProfile(CachedAnswersProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class CachedAnswersTest {
    private static final String SUMMARY = "/api/v1/sites/{site}/summary?from=2026-11-01&to=2026-11-30";
    private static final String URLS = "/api/v1/sites/{site}/panels/urls?from=2026-11-01&to=2026-11-30";
    private static final String PAGE = "/sites/{site}?from=2026-11-01&to=2026-11-30";

    private String site;

    private static Connection connect() throws SQLException {
        return PostgresServer.fromEnvironment().connect(
                ConfigProvider.getConfig().getValue("hitstream.test.database", String.class));
    }

    /** A site of its own per test, with 5 hits of /a at 10:00 on 2 November, committed as stats would. */
    @BeforeEach
    void createSite() throws SQLException {
        site = "cached-" + UUID.randomUUID() + ".example.org";
        try (Connection db = connect();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO site (site, time_zone, first_seen) VALUES (?, 'UTC', ?)")) {
            insert.setString(1, site);
            insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            insert.executeUpdate();
        }
        commit("2026-11-02T10:00:00Z", "/a", 5, true);
    }

    /** Adds the hits of one URL in one hour, in one transaction, moving the site's data version or not. */
    private void commit(String hour, String url, long hits, boolean moveVersion) throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement totals = db.prepareStatement("INSERT INTO hourly_totals (site, hour_start,"
                    + " local_date, hits, bytes, status_2xx, status_3xx, status_4xx, status_5xx, status_other, pages,"
                    + " crawler_hits) VALUES (?, ?, ?::date, ?, 0, ?, 0, 0, 0, 0, 0, 0)"
                    + " ON CONFLICT (site, hour_start) DO UPDATE SET hits = hourly_totals.hits + EXCLUDED.hits,"
                    + " status_2xx = hourly_totals.status_2xx + EXCLUDED.status_2xx");
                    PreparedStatement counts = db.prepareStatement("INSERT INTO daily_counts (site, dimension,"
                            + " local_date, key, hits) VALUES (?, 'URL', ?::date, ?, ?) ON CONFLICT (site, dimension,"
                            + " local_date, key, key2) DO UPDATE SET hits = daily_counts.hits + EXCLUDED.hits");
                    PreparedStatement version = db.prepareStatement("INSERT INTO site_data_versions AS v (site,"
                            + " version) VALUES (?, 1) ON CONFLICT (site) DO UPDATE SET version = v.version + 1")) {
                totals.setString(1, site);
                totals.setTimestamp(2, Timestamp.from(Instant.parse(hour)));
                totals.setString(3, hour.substring(0, 10));
                totals.setLong(4, hits);
                totals.setLong(5, hits);
                totals.executeUpdate();
                counts.setString(1, site);
                counts.setString(2, hour.substring(0, 10));
                counts.setString(3, url);
                counts.setLong(4, hits);
                counts.executeUpdate();
                if (moveVersion) {
                    version.setString(1, site);
                    version.executeUpdate();
                }
            }
            db.commit();
        }
    }

    @Test
    void aCommitAfterAKeptReadChangesTheNextReadExactly() throws SQLException {
        asAdmin().when().get(SUMMARY, site).then().statusCode(200).body("hits", equalTo(5));
        asAdmin().when().get(URLS, site).then().statusCode(200).body("rows.url", contains("/a"));
        asAdmin().when().get(PAGE, site).then().statusCode(200).body(containsString("<strong>5</strong>"));

        commit("2026-11-02T11:00:00Z", "/b", 7, true);

        asAdmin().when().get(SUMMARY, site).then().statusCode(200)
                .body("hits", equalTo(12))
                .body("topUrls.url", contains("/b", "/a"))
                .body("topUrls.hits", contains(7, 5));
        asAdmin().when().get(URLS, site).then().statusCode(200)
                .body("rows.url", contains("/b", "/a"))
                .body("rows.hits", contains(7, 5));
        asAdmin().when().get(PAGE, site).then().statusCode(200).body(containsString("<strong>12</strong>"));
    }

    @Test
    void rowsChangedWithoutMovingTheVersionAreNotSeenUntilItMoves() throws SQLException {
        asAdmin().when().get(SUMMARY, site).then().statusCode(200).body("hits", equalTo(5));

        commit("2026-11-02T11:00:00Z", "/b", 7, false);
        asAdmin().when().get(SUMMARY, site).then().statusCode(200).body("hits", equalTo(5));

        commit("2026-11-02T12:00:00Z", "/b", 1, true);
        asAdmin().when().get(SUMMARY, site).then().statusCode(200)
                .body("hits", equalTo(13))
                .body("topUrls.hits", contains(8, 5));
    }
}
