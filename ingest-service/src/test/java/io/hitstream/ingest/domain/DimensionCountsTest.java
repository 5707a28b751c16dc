package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.Sketch;
import io.hitstream.proto.stats.v1.SketchKind;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.LatencySummary;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A hand-made log of 30 lines of one day, each there for a dimension, and the exact keys it adds up to. The site
 * {@code www.example.org} is an alias of {@code example.org}; GETs of {@code /api/...} are the group "api" (slow past
 * 100 ms), POSTs the group "api-write" (slow past 200 ms).
 */
class DimensionCountsTest {
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String CURL = "curl/8.5.0";
    private static final long TEN = 1_793_527_200L;
    private static final long ELEVEN = TEN + 3600;
    private static final String DAY = "2026-11-01";
    private static final String LOG = String.join("",
            line("192.0.2.1", "10:00:05", "GET /", 200, "5000", "-", CHROME, 1200),
            line("192.0.2.1", "10:00:40", "GET /style.css", 200, "2000", "https://www.example.org/", CHROME, 300),
            line("192.0.2.1", "10:00:41", "GET /logo.png", 200, "40000", "https://www.example.org/", CHROME, 400),
            line("192.0.2.2", "10:01:10", "GET /blog/first-post", 200, "12000", "https://www.google.com/search?q=x", IPHONE, 2000),
            line("192.0.2.2", "10:01:20", "GET /blog/", 200, "8000", "https://www.google.co.uk/", IPHONE, 1500),
            line("192.0.2.2", "10:01:30", "GET /blog/missing", 404, "300", "https://example.org/blog/first-post", IPHONE, 800),
            line("198.51.100.7", "10:02:00", "GET /old-page", 301, "0", "https://news.example.com/item?id=5", CHROME, 500),
            line("198.51.100.7", "10:02:10", "GET /new-page", 200, "3500", "https://news.example.com/item?id=5", CHROME, 900),
            line("192.0.2.1", "10:03:00", "GET /api/items", 200, "150", "-", CHROME, 50_000),
            line("192.0.2.1", "10:03:01", "GET /api/items", 200, "150", "-", CHROME, 250_000),
            line("192.0.2.1", "10:03:02", "POST /api/items", 201, "20", "-", CHROME, 80_000),
            line("192.0.2.1", "10:03:03", "GET /api/items", 500, "0", "-", CHROME, 400_000),
            line("66.249.66.1", "10:05:00", "GET /robots.txt", 200, "68", "-", GOOGLEBOT, 300),
            line("66.249.66.1", "10:05:01", "GET /blog/first-post", 200, "12000", "-", GOOGLEBOT, 2000),
            line("66.249.66.1", "10:05:02", "GET /nope", 404, "300", "-", GOOGLEBOT, 100),
            line("203.0.113.9", "10:06:00", "HEAD /", 200, "-", "-", CURL, 100),
            line("192.0.2.2", "10:07:00", "GET /docs/guide.pdf", 200, "2000000", "https://duckduckgo.com/", IPHONE, 30_000),
            line("192.0.2.2", "10:08:00", "GET /blog/missing", 404, "300", "https://example.org/", IPHONE, 700),
            line("192.0.2.1", "10:09:00", "GET /moved", 302, "0", "-", CHROME, 300),
            line("192.0.2.1", "10:10:00", "GET /old-page", 301, "0", "-", CHROME, 400),
            line("192.0.2.1", "11:00:00", "GET /", 200, "5000", "-", CHROME, 1000),
            line("192.0.2.2", "11:00:30", "GET /blog/first-post", 200, "12000", "https://www.bing.com/search?q=y", IPHONE, 1800),
            line("192.0.2.2", "11:00:45", "GET /blog/first-post", 503, "0", "-", IPHONE, 100),
            line("192.0.2.1", "11:01:00", "GET /api/items", 200, "150", "-", CHROME, 120_000),
            line("192.0.2.1", "11:02:00", "GET /missing.html", 404, "300", "http://www.example.org:8080/links?x=1", CHROME, 600),
            line("192.0.2.1", "11:03:00", "GET /feed.xml", 200, "3073", "-", CHROME, 200),
            line("192.0.2.1", "11:03:10", "GET /a.js", 200, "3072", "-", CHROME, 200),
            line("192.0.2.2", "11:04:00", "DELETE /api/items/7", 204, "0", "-", IPHONE, 1000),
            line("66.249.66.1", "11:05:00", "GET /blog/first-post", 200, "12000", "-", GOOGLEBOT, 1500),
            line("192.0.2.1", "11:59:59", "GET /blog/", 200, "8000", "https://www.example.org/blog/", CHROME, 900));
    private static final ClientDomains ANSWERS = ClientDomains.of(Map.of(
            "192.0.2.1", new ClientDomains.Answer("example.net", "NL"),
            "192.0.2.2", new ClientDomains.Answer("example.de", "DE"),
            "66.249.66.1", new ClientDomains.Answer("googlebot.com", "US"),
            "203.0.113.9", new ClientDomains.Answer("", "")));
    private static final DimensionRules RULES = new DimensionRules(
            HostAliases.of(Map.of("example.org", List.of("www.example.org"))), TestRules.USER_AGENTS,
            new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS),
            Map.of("example.org", new RequestGroups(List.of(
                    new RequestGroupRule("GET", Pattern.compile("/api/.*"), "api", 100),
                    new RequestGroupRule("POST", Pattern.compile("/api/.*"), "api-write", 200)))),
            Map.of(), 100_000);
    private static final PartialAggregate AGGREGATE = aggregate(LOG, RULES);

    @Test
    void hoursCountPagesWithoutAssetsAndCrawlerHitsApart() {
        assertEquals(List.of(
                HourlyTotals.newBuilder().setHourStartEpochSecond(TEN).setLocalDate(DAY).setHits(20).setBytes(2_083_788)
                        .setStatus2Xx(13).setStatus3Xx(3).setStatus4Xx(3).setStatus5Xx(1).setPages(18).setCrawlerHits(4)
                        .build(),
                HourlyTotals.newBuilder().setHourStartEpochSecond(ELEVEN).setLocalDate(DAY).setHits(10).setBytes(43_595)
                        .setStatus2Xx(8).setStatus4Xx(1).setStatus5Xx(1).setPages(8).setCrawlerHits(1).build()),
                AGGREGATE.getHourlyList());
    }

    @Test
    void browsersSystemsAndDevicesAreOfHumansOnlyAndCrawlersCountByName() {
        assertEquals(Map.of("Chrome 120", 17L, "Mobile Safari 17", 8L), hits(Dimension.DIMENSION_BROWSER));
        assertEquals(Map.of("Windows", 17L, "iOS", 8L), hits(Dimension.DIMENSION_OS));
        assertEquals(Map.of("Desktop", 17L, "Phone", 8L), hits(Dimension.DIMENSION_DEVICE));
        assertEquals(Map.of("Googlebot", 4L, "curl", 1L), hits(Dimension.DIMENSION_CRAWLER));
    }

    @Test
    void methodsStatusesSizeBinsAndTheWebHostCountEveryHit() {
        assertEquals(Map.of("DELETE", 1L, "GET", 27L, "HEAD", 1L, "POST", 1L), hits(Dimension.DIMENSION_METHOD));
        assertEquals(Map.of("200", 19L, "201", 1L, "204", 1L, "301", 2L, "302", 1L, "404", 4L, "500", 1L, "503", 1L),
                hits(Dimension.DIMENSION_STATUS));
        assertEquals(Map.of("0-3k", 17L, "10-30k", 4L, "3-10k", 6L, "30-100k", 1L, "gt-1m", 1L, "unknown", 1L),
                hits(Dimension.DIMENSION_SIZE_BIN));
        assertEquals(Map.of(TestRules.WEB_HOST, 30L), hits(Dimension.DIMENSION_WEB_HOST));
    }

    @Test
    void externalReferrersCountByUrlDomainAndSearchEngineAndSelfReferralsNot() {
        assertEquals(Map.of("https://duckduckgo.com/", 1L, "https://news.example.com/item", 2L,
                "https://www.bing.com/search", 1L, "https://www.google.co.uk/", 1L, "https://www.google.com/search", 1L),
                hits(Dimension.DIMENSION_REFERRER_URL));
        assertEquals(Map.of("bing.com", 1L, "duckduckgo.com", 1L, "example.com", 2L, "google.co.uk", 1L, "google.com", 1L),
                hits(Dimension.DIMENSION_REFERRER_DOMAIN));
        assertEquals(Map.of("Bing", 1L, "DuckDuckGo", 1L, "Google", 2L), hits(Dimension.DIMENSION_SEARCH_ENGINE));
    }

    @Test
    void urlsAreCountedWithoutQuery() {
        assertEquals(Map.ofEntries(Map.entry("/", 3L), Map.entry("/a.js", 1L), Map.entry("/api/items", 5L),
                Map.entry("/api/items/7", 1L), Map.entry("/blog/", 2L), Map.entry("/blog/first-post", 5L),
                Map.entry("/blog/missing", 2L), Map.entry("/docs/guide.pdf", 1L), Map.entry("/feed.xml", 1L),
                Map.entry("/logo.png", 1L), Map.entry("/missing.html", 1L), Map.entry("/moved", 1L),
                Map.entry("/new-page", 1L), Map.entry("/nope", 1L), Map.entry("/old-page", 2L),
                Map.entry("/robots.txt", 1L), Map.entry("/style.css", 1L)), hits(Dimension.DIMENSION_URL));
    }

    @Test
    void notFoundUrlsAreCountedAndPairedWithTheInternalPageThatLinkedThem() {
        assertEquals(Map.of("/blog/missing", 2L, "/missing.html", 1L, "/nope", 1L), hits(Dimension.DIMENSION_NOT_FOUND_URL));
        assertEquals(Map.of("/blog/missing <- /", 1L, "/blog/missing <- /blog/first-post", 1L, "/missing.html <- /links", 1L),
                hits(Dimension.DIMENSION_NOT_FOUND_FROM));
    }

    @Test
    void redirectsAreCountedWithTheirStatus() {
        assertEquals(Map.of("/moved <- 302", 1L, "/old-page <- 301", 2L), hits(Dimension.DIMENSION_REDIRECT_URL));
    }

    @Test
    void rejectedLinesCountOnTheDayOfTheCountedLinesAroundThemAndRepairedOnTheirOwn() {
        String log = "junk before any counted line\n"
                + line("192.0.2.1", "23:59:59", "GET /a", 200, "1", "-", CHROME, 1)
                + "junk after the first\n"
                + line("192.0.2.1", "23:59:59", "GET /b", 200, "1", "-", "Mozilla \"quoted", 1)
                + "01/Nov/2026 junk\n";
        String nextDay = "192.0.2.1 - - [02/Nov/2026:00:00:01 +0000] \"GET /c HTTP/1.1\" 200 1 \"-\" \"" + CHROME
                + "\" 1\n" + "junk of the second\n";

        PartialAggregate aggregate = aggregate(log + nextDay, RULES);

        assertEquals(List.of("REJECTION_REASON 2026-11-01 not_matching_format 3",
                "REJECTION_REASON 2026-11-02 not_matching_format 1",
                "REPAIR_REASON 2026-11-01 quote_repaired 1"), reasonKeys(aggregate));
    }

    @Test
    void aBatchWithoutAnyCountedLineCountsItsRejectedLinesOnTheDayItIsGiven() {
        PartialAggregate aggregate = aggregate("junk\nmore junk\n", RULES);

        assertEquals(List.of("REJECTION_REASON 2026-11-05 not_matching_format 2"), reasonKeys(aggregate));
    }

    private static List<String> reasonKeys(PartialAggregate aggregate) {
        return KeyOrder.sorted(aggregate.getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == Dimension.DIMENSION_REJECTION_REASON
                        || key.getDimension() == Dimension.DIMENSION_REPAIR_REASON)
                .map(key -> key.getDimension().name().substring("DIMENSION_".length()) + " " + key.getLocalDate()
                        + " " + key.getKey() + " " + key.getHits())
                .toList();
    }

    @Test
    void notModifiedIsNoRedirect() {
        String log = line("192.0.2.1", "10:00:00", "GET /app.css", 304, "-", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:01", "GET /old", 301, "230", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:02", "GET /app.css", 304, "-", "-", CHROME, 1);

        PartialAggregate aggregate = aggregate(log, RULES);

        assertEquals(Map.of("/old <- 301", 1L), hits(aggregate, Dimension.DIMENSION_REDIRECT_URL));
        assertEquals(Map.of("301", 1L, "304", 2L), hits(aggregate, Dimension.DIMENSION_STATUS));
    }

    @Test
    void sectionsAreCountedPerMinuteWithClientAndServerErrors() {
        assertEquals(List.of(
                minute(TEN + 60, "/blog").setHits(3).setBytes(20_300).setStatus2Xx(2).setStatus4Xx(1).build()),
                keysOf(Dimension.DIMENSION_SECTION, TEN + 60));
        assertEquals(List.of(
                minute(ELEVEN, "/").setHits(1).setBytes(5000).setStatus2Xx(1).build(),
                minute(ELEVEN, "/blog").setHits(2).setBytes(12_000).setStatus2Xx(1).setStatus5Xx(1).build()),
                keysOf(Dimension.DIMENSION_SECTION, ELEVEN));
    }

    @Test
    void requestGroupsCountCallsSlowCallsStatusesAndLatenciesPerHour() {
        assertEquals(List.of(
                group(TEN, "api").setHits(3).setBytes(300).setStatus2Xx(2).setStatus5Xx(1).setSlow(2)
                        .setLatencySumMicros(700_000).setLatencyCount(3).build(),
                group(TEN, "api-write").setHits(1).setBytes(20).setStatus2Xx(1)
                        .setLatencySumMicros(80_000).setLatencyCount(1).build(),
                group(ELEVEN, "api").setHits(1).setBytes(150).setStatus2Xx(1).setSlow(1)
                        .setLatencySumMicros(120_000).setLatencyCount(1).build()),
                KeyOrder.sorted(AGGREGATE.getCountedKeysList()).stream()
                        .filter(key -> key.getDimension() == Dimension.DIMENSION_REQUEST_GROUP).toList());
    }

    @Test
    void urlsSumTheLatenciesOfTheirHitsForTheAverageButCountNoSlowCalls() {
        // "/": 1200, 100 (HEAD) and 1000 µs; /api/items: the api group's five calls, two of them slow there.
        assertEquals(List.of("/ 3 hits 2300 µs 3 latencies 0 slow", "/api/items 5 hits 900000 µs 5 latencies 0 slow"),
                KeyOrder.sorted(AGGREGATE.getCountedKeysList()).stream()
                        .filter(key -> key.getDimension() == Dimension.DIMENSION_URL)
                        .filter(key -> key.getKey().equals("/") || key.getKey().equals("/api/items"))
                        .map(key -> key.getKey() + " " + key.getHits() + " hits " + key.getLatencySumMicros() + " µs "
                                + key.getLatencyCount() + " latencies " + key.getSlow() + " slow")
                        .toList());
    }

    @Test
    void aGroupsLatencySketchHoldsItsCallsOfTheHour() {
        Sketch sketch = sketches(SketchKind.SKETCH_KIND_LATENCY).stream()
                .filter(latency -> latency.getGrain() == Grain.GRAIN_HOUR).findFirst().orElseThrow();

        assertEquals(List.of(Grain.GRAIN_HOUR, TEN, "api"), List.of(sketch.getGrain(), sketch.getPeriodStartEpochSecond(),
                sketch.getKey()));
        assertEquals(new LatencySummary(3, 50_000, 400_000, 700_000 / 3.0, 250_000, 400_000, 400_000),
                LatencySketch.fromBytes(sketch.getData().toByteArray()).summary().orElseThrow());
    }

    @Test
    void eachGroupAlsoHasALatencySketchPerUtcMinuteForTheLatencyAlert() {
        assertEquals(List.of(
                        "GRAIN_MINUTE " + (TEN + 180) + " api 3 400000",
                        "GRAIN_MINUTE " + (TEN + 180) + " api-write 1 80000",
                        "GRAIN_MINUTE " + (ELEVEN + 60) + " api 1 120000",
                        "GRAIN_HOUR " + TEN + " api 3 400000",
                        "GRAIN_HOUR " + TEN + " api-write 1 80000",
                        "GRAIN_HOUR " + ELEVEN + " api 1 120000"),
                sketches(SketchKind.SKETCH_KIND_LATENCY).stream().map(sketch -> {
                    LatencySummary summary = LatencySketch.fromBytes(sketch.getData().toByteArray()).summary().orElseThrow();
                    return sketch.getGrain() + " " + sketch.getPeriodStartEpochSecond() + " " + sketch.getKey() + " "
                            + summary.count() + " " + summary.p99();
                }).toList());
    }

    @Test
    void visitorsAreDistinctHumanAddressAndAgentPairsPerHourAndDay() {
        List<Sketch> visitors = sketches(SketchKind.SKETCH_KIND_VISITORS);

        assertEquals(List.of("HOUR " + TEN + " 3", "HOUR " + ELEVEN + " 2", "DAY " + DAY + " 3"), visitors.stream()
                .map(sketch -> sketch.getGrain().name().substring("GRAIN_".length()) + " "
                        + (sketch.getGrain() == Grain.GRAIN_DAY ? sketch.getLocalDate() : sketch.getPeriodStartEpochSecond())
                        + " " + VisitorSketch.fromBytes(sketch.getData().toByteArray()).estimate())
                .toList());
    }

    @Test
    void clientsCountUnderTheResolversDomainTopLevelDomainAndCountryOrElseTheirAddress() {
        assertEquals(Map.of("198.51.100.7", 2L, "203.0.113.9", 1L, "example.de", 8L, "example.net", 15L, "googlebot.com", 4L),
                hits(Dimension.DIMENSION_CLIENT_DOMAIN));
        assertEquals(Map.of("(address)", 3L, "com", 4L, "de", 8L, "net", 15L), hits(Dimension.DIMENSION_CLIENT_TLD));
        assertEquals(Map.of("DE", 8L, "NL", 15L, "US", 4L, "unknown", 3L), hits(Dimension.DIMENSION_COUNTRY));
    }

    @Test
    void keysPastTheDailyBoundCountAsOtherAndAsOverflowOfTheirDimension() {
        DimensionRules twoKeys = new DimensionRules(HostAliases.of(Map.of()), TestRules.USER_AGENTS,
                new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), Map.of(), 2);
        String log = line("192.0.2.1", "10:00:00", "GET /x/a", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:01", "GET /x/b", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:02", "GET /x/c", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:03", "GET /x/d", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:00:04", "GET /x/a", 200, "1", "-", CHROME, 1);

        PartialAggregate aggregate = aggregate(log, twoKeys);

        assertEquals(Map.of("(other)", 2L, "/x/a", 2L, "/x/b", 1L), hits(aggregate, Dimension.DIMENSION_URL));
        assertEquals(Map.of("URL", 2L), hits(aggregate, Dimension.DIMENSION_OVERFLOW));
    }

    @Test
    void aSectionSeenInSeveralMinutesCountsOnceAgainstTheDailyBound() {
        DimensionRules twoKeys = new DimensionRules(HostAliases.of(Map.of()), TestRules.USER_AGENTS,
                new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), Map.of(), 2);
        String log = line("192.0.2.1", "10:00:00", "GET /a/1", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:01:00", "GET /a/2", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:02:00", "GET /b/1", 200, "1", "-", CHROME, 1)
                + line("192.0.2.1", "10:03:00", "GET /c/1", 200, "1", "-", CHROME, 1);

        PartialAggregate aggregate = aggregate(log, twoKeys);

        List<String> sections = KeyOrder.sorted(aggregate.getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == Dimension.DIMENSION_SECTION)
                .map(key -> key.getPeriodStartEpochSecond() % 3600 / 60 + " " + key.getKey() + " " + key.getHits())
                .toList();
        assertEquals(List.of("0 /a 1", "1 /a 1", "2 /b 1", "3 (other) 1"), sections);
        assertEquals(Map.of("SECTION", 1L, "URL", 2L), hits(aggregate, Dimension.DIMENSION_OVERFLOW));
    }

    private static String line(String client, String time, String request, int status, String bytes, String referrer,
                               String agent, long latencyMicros) {
        return client + " - - [01/Nov/2026:" + time + " +0000] \"" + request + " HTTP/1.1\" " + status + " " + bytes
                + " \"" + referrer + "\" \"" + agent + "\" " + latencyMicros + "\n";
    }

    private static PartialAggregate aggregate(String log, DimensionRules rules) {
        BatchCombiner combiner = new BatchCombiner(NcsaLogFormat.COMBINED_LATENCY.newParser(), ZoneId.of("UTC"), rules,
                TestRules.SITE, TestRules.WEB_HOST);
        return AggregateMessages.of(TestRules.STREAM, 0, 0, combiner.combine(log.getBytes(StandardCharsets.UTF_8)), ANSWERS,
                TestRules.UNDATED_DAY);
    }

    private static Map<String, Long> hits(Dimension dimension) {
        return hits(AGGREGATE, dimension);
    }

    /** Hits per key of a daily dimension ("key <- key2" for a composite one), checking every key is of the day. */
    private static Map<String, Long> hits(PartialAggregate aggregate, Dimension dimension) {
        Map<String, Long> hits = new LinkedHashMap<>();
        for (CountedKey key : KeyOrder.sorted(aggregate.getCountedKeysList())) {
            if (key.getDimension() == dimension) {
                assertEquals(List.of(Grain.GRAIN_DAY, 0L, DAY),
                        List.of(key.getGrain(), key.getPeriodStartEpochSecond(), key.getLocalDate()));
                hits.put(key.getKey2().isEmpty() ? key.getKey() : key.getKey() + " <- " + key.getKey2(), key.getHits());
            }
        }
        return hits;
    }

    private static List<CountedKey> keysOf(Dimension dimension, long periodStart) {
        return KeyOrder.sorted(AGGREGATE.getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == dimension && key.getPeriodStartEpochSecond() == periodStart)
                .toList();
    }

    private static List<Sketch> sketches(SketchKind kind) {
        return AGGREGATE.getSketchesList().stream().filter(sketch -> sketch.getKind() == kind).toList();
    }

    private static CountedKey.Builder minute(long start, String section) {
        return CountedKey.newBuilder().setDimension(Dimension.DIMENSION_SECTION).setGrain(Grain.GRAIN_MINUTE)
                .setPeriodStartEpochSecond(start).setLocalDate(DAY).setKey(section);
    }

    private static CountedKey.Builder group(long start, String group) {
        return CountedKey.newBuilder().setDimension(Dimension.DIMENSION_REQUEST_GROUP).setGrain(Grain.GRAIN_HOUR)
                .setPeriodStartEpochSecond(start).setLocalDate(DAY).setKey(group);
    }
}
