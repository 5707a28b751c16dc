package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.LatencySummary;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every dimension of the {@link GoldLog}, shipped once, against the rows counted by hand from its 40 lines: each
 * test reads that one shipment and none depends on another's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DimensionsEndToEndIT {
    private static final String SITE = GoldLog.SITE;

    private GoldLog gold;
    private Pipeline pipeline;

    @BeforeAll
    void shipTheGoldLog() throws Exception {
        gold = GoldLog.ship("e2e_dimensions", Map.of());
        pipeline = gold.pipeline();
    }

    @AfterAll
    void stop() throws Exception {
        if (gold != null) {
            gold.close();
        }
    }

    @Test
    void everyLineIsAccepted() {
        AgentProcess.Result shipped = gold.shipped();
        assertEquals(0, shipped.exitCode(), shipped.stderr());
        assertTrue(shipped.stdout().contains("40 accepted, 0 rejected"), shipped.stdout());
    }

    @Test
    void everyDayRowIsOfTheLogsOneDay() throws SQLException {
        assertEquals(List.of(GoldLog.DAY.toString()),
                pipeline.rows("SELECT DISTINCT local_date FROM daily_counts WHERE site = ?", SITE));
    }

    @Test
    void hourlyTotalsCountHitsBytesStatusClassesPagesAndCrawlerHits() throws SQLException {
        // hour, hits, bytes, 2xx, 3xx, 4xx, 5xx, other, pages, crawler hits; pages leave out css, png, ico and xml
        // but not the crawlers' hits.
        assertEquals(List.of(
                        "10:00 22 2520308 15 3 3 1 0 18 4",
                        "11:00 17 190435 13 0 3 1 0 15 3",
                        "12:00 1 5120 1 0 0 0 0 1 0"),
                pipeline.rows("""
                        SELECT to_char(hour_start AT TIME ZONE 'UTC', 'HH24:MI'), hits, bytes, status_2xx, status_3xx,
                               status_4xx, status_5xx, status_other, pages, crawler_hits
                        FROM hourly_totals WHERE site = ? ORDER BY hour_start""", SITE));
    }

    @Test
    void visitorsAreTheDistinctAddressAndAgentPairsOfHumanHits() throws SQLException {
        assertEquals(List.of(7L), visitors("DAY"));
        assertEquals(List.of(5L, 7L, 1L), visitors("HOUR"));
    }

    @Test
    void urlsAreCountedWithoutTheirQuery() throws SQLException {
        assertEquals(List.of(
                "/ 5 20480",
                "/about.html 1 3073",
                "/account 1 7000",
                "/api/orders 4 2454",
                "/api/orders/42 2 1800",
                "/api/status 1 40",
                "/blog 1 230",
                "/blog/ 2 131072",
                "/blog/first-post 4 122881",
                "/blog/links.html 2 18000",
                "/contact 1 0",
                "/downloads/manual.pdf 1 2097152",
                "/favicon.ico 1 0",
                "/login 1 0",
                "/missing 1 512",
                "/old-page 3 1536",
                "/robots.txt 1 120",
                "/search 2 262000",
                "/sitemap.xml 1 4096",
                "/static/app.css 2 3072",
                "/static/logo.png 2 40000",
                "/wp-login.php 1 345"), daily("URL"));
    }

    @Test
    void urlsSumTheirLoggedLatenciesForTheReportsAverage() throws SQLException {
        // URL, latency sum (µs), latencies: every line logs its %D.
        assertEquals(List.of(
                "/ 30300 5",
                "/about.html 2000 1",
                "/account 10000 1",
                "/api/orders 1500100 4",
                "/api/orders/42 1740000 2",
                "/api/status 250000 1",
                "/blog 500 1",
                "/blog/ 29000 2",
                "/blog/first-post 82000 4",
                "/blog/links.html 7000 2",
                "/contact 3000000 1",
                "/downloads/manual.pdf 95000 1",
                "/favicon.ico 300 1",
                "/login 1200 1",
                "/missing 800 1",
                "/old-page 2000 3",
                "/robots.txt 400 1",
                "/search 105000 2",
                "/sitemap.xml 900 1",
                "/static/app.css 1100 2",
                "/static/logo.png 2000 2",
                "/wp-login.php 500 1"),
                pipeline.rows("""
                        SELECT key, latency_sum_micros, latency_count FROM daily_counts
                        WHERE site = ? AND dimension = 'URL' ORDER BY key COLLATE "C\"""", SITE));
    }

    @Test
    void clientsAreCountedUnderTheirRegistrableDomainOrTheirAddressWithoutName() throws SQLException {
        assertEquals(List.of(
                "93.184.216.35 5 21385",
                "example.co.uk 12 76560",
                "example.de 11 372630",
                "example.net 7 2144304",
                "googlebot.com 5 100984"), daily("CLIENT_DOMAIN"));
    }

    @Test
    void clientTopLevelDomainsPutAddressesWithoutNameApart() throws SQLException {
        assertEquals(List.of(
                "(address) 5 21385",
                "com 5 100984",
                "de 11 372630",
                "net 7 2144304",
                "uk 12 76560"), daily("CLIENT_TLD"));
    }

    @Test
    void countriesComeFromCountryCodeDomainsAndAreUnknownOtherwise() throws SQLException {
        assertEquals(List.of(
                "DE 11 372630",
                "GB 12 76560",
                "unknown 17 2266673"), daily("COUNTRY"));
    }

    @Test
    void referrerUrlsAreExternalOnlyWithoutQuery() throws SQLException {
        // Referrals from example.org, www.example.org and http://Example.ORG:80 are the site's own: not here.
        assertEquals(List.of(
                "https://duckduckgo.com/ 1 5120",
                "https://l.facebook.com/l.php 1 3073",
                "https://mail.google.com/mail/u/0/ 1 30720",
                "https://news.example.com/ 1 512",
                "https://news.example.com/story 2 39721",
                "https://search.yahoo.com/search 1 12000",
                "https://www.bing.com/search 1 230",
                "https://www.google.co.uk/search 1 5120",
                "https://www.google.com/search 1 5120"), daily("REFERRER_URL"));
    }

    @Test
    void referrerDomainsAreRegistrableDomainsOfExternalReferrers() throws SQLException {
        assertEquals(List.of(
                "bing.com 1 230",
                "duckduckgo.com 1 5120",
                "example.com 3 40233",
                "facebook.com 1 3073",
                "google.co.uk 1 5120",
                "google.com 2 35840",
                "yahoo.com 1 12000"), daily("REFERRER_DOMAIN"));
    }

    @Test
    void searchEnginesAreTheirSearchHostsOnlyNotGoogleMail() throws SQLException {
        assertEquals(List.of(
                "Bing 1 230",
                "DuckDuckGo 1 5120",
                "Google 2 10240",
                "Yahoo 1 12000"), daily("SEARCH_ENGINE"));
    }

    @Test
    void browsersAreOfHumanHitsOnly() throws SQLException {
        assertEquals(List.of(
                "Chrome 120 8 30646",
                "Chrome Mobile 130 4 2104072",
                "Firefox 132 12 381630",
                "Mobile Safari 17 7 86146",
                "Other 2 12000"), daily("BROWSER"));
    }

    @Test
    void operatingSystemsAreOfHumanHitsOnly() throws SQLException {
        assertEquals(List.of(
                "Android 4 2104072",
                "Linux 12 381630",
                "Other 2 12000",
                "Windows 8 30646",
                "iOS 7 86146"), daily("OS"));
    }

    @Test
    void devicesAreOfHumanHitsOnlyAnIpadATablet() throws SQLException {
        assertEquals(List.of(
                "Desktop 20 412276",
                "Other 2 12000",
                "Phone 7 2144304",
                "Tablet 4 45914"), daily("DEVICE"));
    }

    @Test
    void crawlersAndScriptsAreCountedApartByName() throws SQLException {
        assertEquals(List.of(
                "Googlebot 5 100984",
                "curl 2 385"), daily("CRAWLER"));
    }

    @Test
    void statusesAreExactCodes() throws SQLException {
        assertEquals(List.of(
                "200 26 2712834",
                "201 1 256",
                "204 2 0",
                "301 1 230",
                "302 1 0",
                "304 1 0",
                "404 6 2393",
                "500 1 150",
                "503 1 0"), daily("STATUS"));
    }

    @Test
    void methodsAreCountedAsLogged() throws SQLException {
        assertEquals(List.of(
                "DELETE 1 0",
                "GET 36 2715607",
                "HEAD 1 0",
                "OPTIONS 1 0",
                "POST 1 256"), daily("METHOD"));
    }

    @Test
    void sizeBinsHoldTheirUpperEdgeAndAMissingSizeIsUnknown() throws SQLException {
        // 3072 and 30720 bytes are in the bins they end; 3073 and 30721 in the next.
        assertEquals(List.of(
                "0-3k 18 10109",
                "10-30k 6 144160",
                "100k-1m 1 250000",
                "3-10k 9 52649",
                "30-100k 3 161793",
                "gt-1m 1 2097152",
                "unknown 2 0"), daily("SIZE_BIN"));
    }

    @Test
    void theWebHostIsTheStreamsHost() throws SQLException {
        assertEquals(List.of("web1.example.net 40 2715863"), daily("WEB_HOST"));
    }

    @Test
    void notFoundUrlsAreEvery404() throws SQLException {
        assertEquals(List.of(
                "/favicon.ico 1 0",
                "/missing 1 512",
                "/old-page 3 1536",
                "/wp-login.php 1 345"), daily("NOT_FOUND_URL"));
    }

    @Test
    void badLinksAre404sWithTheLinkingPageOfTheSameSite() throws SQLException {
        // Linked from https://example.org/blog/links.html and https://www.example.org/blog/links.html#old; the 404 of
        // /missing came from news.example.com, which is no page of the site.
        assertEquals(List.of("/old-page /blog/links.html 2 1024"), daily("NOT_FOUND_FROM"));
    }

    @Test
    void redirectsAreEvery3xxButNotModifiedWithItsStatus() throws SQLException {
        // The 304 of /static/app.css answered a conditional request: a cache revalidation, no redirect.
        assertEquals(List.of(
                "/blog 301 1 230",
                "/login 302 1 0"), daily("REDIRECT_URL"));
    }

    @Test
    void sectionsAreCountedPerMinuteWithTheir4xxAnd5xx() throws SQLException {
        // minute, section, hits, bytes, 4xx, 5xx
        assertEquals(List.of(
                "10:00 / 1 5120 0 0",
                "10:00 /blog 2 65766 0 0",
                "10:00 /static 2 23072 0 0",
                "10:01 /blog 2 39720 0 0",
                "10:01 /favicon.ico 1 0 1 0",
                "10:01 /old-page 1 512 1 0",
                "10:02 /api 3 2454 0 1",
                "10:02 /blog 1 30720 0 0",
                "10:02 /old-page 1 512 1 0",
                "10:02 /robots.txt 1 120 0 0",
                "10:03 /api 1 40 0 0",
                "10:03 /search 1 250000 0 0",
                "10:04 / 2 5120 0 0",
                "10:04 /downloads 1 2097152 0 0",
                "10:05 /login 1 0 0 0",
                "10:05 /static 1 0 0 0",
                "11:00 / 1 5120 0 0",
                "11:00 /blog 2 39721 0 0",
                "11:00 /wp-login.php 1 345 1 0",
                "11:01 /api 2 1800 0 0",
                "11:01 /missing 1 512 1 0",
                "11:01 /old-page 1 512 1 0",
                "11:02 /blog 1 65536 0 0",
                "11:02 /sitemap.xml 1 4096 0 0",
                "11:03 /about.html 1 3073 0 0",
                "11:03 /account 1 7000 0 0",
                "11:04 /api 1 0 0 0",
                "11:04 /search 1 12000 0 0",
                "11:05 /blog 1 30720 0 0",
                "11:05 /static 1 20000 0 0",
                "11:59 /contact 1 0 0 1",
                "12:00 / 1 5120 0 0"),
                pipeline.rows("""
                        SELECT to_char(minute_start AT TIME ZONE 'UTC', 'HH24:MI'), key, hits, bytes, status_4xx,
                               status_5xx
                        FROM minute_counts WHERE site = ? AND dimension = 'SECTION'
                        ORDER BY minute_start, key COLLATE "C\"""", SITE));
    }

    @Test
    void requestGroupsCountCallsSlowCallsStatusClassesAndLatenciesPerHour() throws SQLException {
        // hour, group, calls, bytes, 2xx, 4xx, 5xx, slow, latency sum (µs), latencies. api-read's slow call is the
        // 900 ms 500 (250 ms exactly is not slow); api-write's the 1.5 s DELETE (POST 480 ms is under its 1 s).
        assertEquals(List.of(
                        "10:00 api-read 3 2238 2 0 1 1 1270000 3",
                        "10:00 api-write 1 256 1 0 0 0 480000 1",
                        "11:00 api-read 1 1800 1 0 0 0 240000 1",
                        "11:00 api-write 2 0 2 0 0 1 1500100 2"),
                pipeline.rows("""
                        SELECT to_char(hour_start AT TIME ZONE 'UTC', 'HH24:MI'), key, hits, bytes, status_2xx,
                               status_4xx, status_5xx, slow, latency_sum_micros, latency_count
                        FROM hourly_counts WHERE site = ? AND dimension = 'REQUEST_GROUP'
                        ORDER BY hour_start, key COLLATE "C\"""", SITE));
    }

    @Test
    void aRequestGroupsHourlyLatencySketchHoldsItsCalls() throws SQLException {
        List<byte[]> sketches = pipeline.bytes("""
                SELECT data FROM sketches
                WHERE site = ? AND kind = 'LATENCY' AND grain = 'HOUR' AND key = 'api-read'
                ORDER BY period_start""", SITE);
        assertEquals(2, sketches.size());
        // 10:00's calls took 120, 900 and 250 ms.
        assertEquals(Optional.of(new LatencySummary(3, 120_000, 900_000, 1_270_000 / 3.0, 250_000, 900_000, 900_000)),
                LatencySketch.fromBytes(sketches.get(0)).summary());
    }

    @Test
    void patternCountersCountRequestLinesHoldingTheirRegexPerHour() throws SQLException {
        // utm_source in a request's query counts; in a referrer (/downloads/manual.pdf's) it does not.
        assertEquals(List.of(
                        "10:00 campaign 1 5120",
                        "11:00 campaign 1 12000"),
                pipeline.rows("""
                        SELECT to_char(hour_start AT TIME ZONE 'UTC', 'HH24:MI'), key, hits, bytes
                        FROM hourly_counts WHERE site = ? AND dimension = 'PATTERN'
                        ORDER BY hour_start, key COLLATE "C\"""", SITE));
    }

    @Test
    void noDimensionOverflowsItsBoundOnFortyLines() throws SQLException {
        assertEquals(List.of(), daily("OVERFLOW"));
    }

    @Test
    void anAccessLogCountsNoErrorLevels() throws SQLException {
        assertEquals(List.of(), daily("ERROR_LEVEL"));
    }

    private List<String> daily(String dimension) throws SQLException {
        return gold.daily(dimension);
    }

    /** Estimated visitors of each period of a grain ("DAY", "HOUR"), in time order. */
    private List<Long> visitors(String grain) throws SQLException {
        return pipeline.bytes("""
                        SELECT data FROM sketches WHERE site = ? AND kind = 'VISITORS' AND grain = ?
                        ORDER BY period_start""", SITE, grain).stream()
                .map(data -> VisitorSketch.fromBytes(data).estimate())
                .toList();
    }
}
