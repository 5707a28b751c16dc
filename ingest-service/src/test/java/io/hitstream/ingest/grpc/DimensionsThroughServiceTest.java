package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Aggregates.dailyHits;
import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SketchKind;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.VisitorSketch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of the blog (alias www.blog.example.org, GETs of /posts/... the group "posts", slow past 100 ms) through
 * the real service: the aggregate stats receives carries every dimension, keyed with the configured rules and the
 * resolver's answers.
 */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class DimensionsThroughServiceTest {
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String LINES =
            "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET /posts/1 HTTP/1.1\" 200 1000 \"https://www.google.com/\" \""
            + CHROME + "\" 150000\n"
            + "203.0.113.5 - - [01/Nov/2026:10:00:30 +0000] \"GET /posts/2 HTTP/1.1\" 404 100 \"https://"
            + PeerServers.BLOG_ALIAS + "/posts/1\" \"" + CHROME + "\" 1000\n"
            + "198.51.100.9 - - [01/Nov/2026:10:01:00 +0000] \"GET /style.css HTTP/1.1\" 200 500 \"-\" \"" + GOOGLEBOT
            + "\" 200\n";
    private static final long TEN = 1_793_527_200L;

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    private static PartialAggregate shipped;

    /** Ships the batch once, on first use by whichever test runs first. */
    private PartialAggregate aggregate() throws InterruptedException {
        if (shipped == null) {
            StreamId stream = newStream(PeerServers.BLOG_SITE);
            try (IngestChannel ingest = new IngestChannel(url)) {
                ingest.push(batch(stream, 0, LINES).toBuilder().setFormat("combined_latency").build());
            }
            shipped = stats.receivedFor(stream).get(0);
        }
        return shipped;
    }

    @Test
    void theHourCountsPagesAndCrawlerHits() throws InterruptedException {
        assertEquals(List.of(HourlyTotals.newBuilder().setHourStartEpochSecond(TEN).setLocalDate("2026-11-01")
                .setHits(3).setBytes(1600).setStatus2Xx(2).setStatus4Xx(1).setPages(2).setCrawlerHits(1).build()),
                aggregate().getHourlyList());
    }

    @Test
    void humansAndCrawlersAreCountedApart() throws InterruptedException {
        assertEquals(List.of(daily("Chrome 120", 2)), dailyHits(aggregate(), Dimension.DIMENSION_BROWSER));
        assertEquals(List.of(daily("Googlebot", 1)), dailyHits(aggregate(), Dimension.DIMENSION_CRAWLER));
    }

    @Test
    void theSearchEngineReferrerIsExternalAndTheAliasReferrerNamesThePageOfTheBrokenLink() throws InterruptedException {
        assertEquals(List.of(daily("Google", 1)), dailyHits(aggregate(), Dimension.DIMENSION_SEARCH_ENGINE));
        assertEquals(List.of(daily("google.com", 1)), dailyHits(aggregate(), Dimension.DIMENSION_REFERRER_DOMAIN));
        assertEquals(List.of(CountedKey.newBuilder().setDimension(Dimension.DIMENSION_NOT_FOUND_FROM)
                .setGrain(Grain.GRAIN_DAY).setLocalDate("2026-11-01").setKey("/posts/2").setKey2("/posts/1")
                .setHits(1).setBytes(100).build()), keysOf(Dimension.DIMENSION_NOT_FOUND_FROM));
    }

    @Test
    void clientsCountUnderTheResolversAnswers() throws InterruptedException {
        assertEquals(List.of(daily("example.com", 1), daily("example.net", 2)),
                dailyHits(aggregate(), Dimension.DIMENSION_CLIENT_DOMAIN));
        assertEquals(List.of(daily("com", 1), daily("net", 2)), dailyHits(aggregate(), Dimension.DIMENSION_CLIENT_TLD));
        assertEquals(List.of(daily("IN", 2), daily("unknown", 1)), dailyHits(aggregate(), Dimension.DIMENSION_COUNTRY));
    }

    @Test
    void theConfiguredRequestGroupCountsItsCallsAndSlowCalls() throws InterruptedException {
        assertEquals(List.of(CountedKey.newBuilder().setDimension(Dimension.DIMENSION_REQUEST_GROUP)
                .setGrain(Grain.GRAIN_HOUR).setPeriodStartEpochSecond(TEN).setLocalDate("2026-11-01").setKey("posts")
                .setHits(2).setBytes(1100).setStatus2Xx(1).setStatus4Xx(1).setSlow(1)
                .setLatencySumMicros(151_000).setLatencyCount(2).build()), keysOf(Dimension.DIMENSION_REQUEST_GROUP));
    }

    @Test
    void sketchesEstimateOneVisitorAndTheGroupsTwoLatenciesOfTheMinuteAndOfTheHour() throws InterruptedException {
        assertEquals(List.of(1L, 1L), aggregate().getSketchesList().stream()
                .filter(sketch -> sketch.getKind() == SketchKind.SKETCH_KIND_VISITORS)
                .map(sketch -> VisitorSketch.fromBytes(sketch.getData().toByteArray()).estimate()).toList());
        assertEquals(List.of("GRAIN_MINUTE 2", "GRAIN_HOUR 2"), aggregate().getSketchesList().stream()
                .filter(sketch -> sketch.getKind() == SketchKind.SKETCH_KIND_LATENCY)
                .map(sketch -> sketch.getGrain() + " "
                        + LatencySketch.fromBytes(sketch.getData().toByteArray()).summary().orElseThrow().count())
                .toList());
    }

    private List<CountedKey> keysOf(Dimension dimension) throws InterruptedException {
        return KeyOrder.sorted(aggregate().getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == dimension).toList();
    }

    private static DailyCount daily(String key, long hits) {
        return DailyCount.newBuilder().setLocalDate("2026-11-01").setKey(key).setHits(hits).build();
    }
}
