package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.rollups.sketch.SketchKind;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateBuilderTest {
    private static final StreamKey STREAM = new StreamKey("www.example.org", "web-01", "file-1");
    private static final HourCounters ONE_OK_HIT = new HourCounters(1, 100, 1, 0, 0, 0, 0, 0, 0);
    /** 2026-11-01T10:00 in Europe/Zurich (UTC+1). */
    private static final long ZURICH_TEN_AM = Instant.parse("2026-11-01T09:00:00Z").getEpochSecond();

    private static final Instant DAY_START = Instant.parse("2026-11-01T00:00:00Z");

    private static CountedKey url(String date, String url, long hits) {
        LocalDate day = LocalDate.parse(date);
        return new CountedKey(Dimension.URL, day.atStartOfDay(ZoneId.of("UTC")).toInstant(), day, url, "",
                KeyCounters.hitsOnly(hits));
    }

    private static AggregateBuilder utcBatch() {
        return new AggregateBuilder(STREAM, 0, 100, "UTC");
    }

    private static String refusal(Runnable build) {
        return assertThrows(InvalidInputException.class, build::run).getMessage();
    }

    @Test
    void keepsStreamOffsetsAndZone() {
        BatchAggregate aggregate = new AggregateBuilder(STREAM, 40, 90, "Europe/Zurich").build();

        assertEquals(STREAM, aggregate.stream());
        assertEquals(40, aggregate.startOffset());
        assertEquals(90, aggregate.endOffset());
        assertEquals(ZoneId.of("Europe/Zurich"), aggregate.timeZone());
    }

    @Test
    void entriesOfTheSameHourAreAddedUp() {
        BatchAggregate aggregate = new AggregateBuilder(STREAM, 0, 100, "Europe/Zurich")
                .hour(ZURICH_TEN_AM, "2026-11-01", new HourCounters(2, 300, 1, 1, 0, 0, 0, 0, 0))
                .hour(ZURICH_TEN_AM, "2026-11-01", new HourCounters(3, 50, 0, 0, 1, 1, 1, 0, 0))
                .build();

        assertEquals(List.of(new HourTotals(Instant.ofEpochSecond(ZURICH_TEN_AM), LocalDate.of(2026, 11, 1),
                new HourCounters(5, 350, 1, 1, 1, 1, 1, 0, 0))), aggregate.hourly());
    }

    @Test
    void dailyHitsOfTheSameKeyAreAddedUpAndSortedByDayThenKey() {
        BatchAggregate aggregate = utcBatch()
                .urlHits("2026-11-02", "/a", 1)
                .urlHits("2026-11-01", "/b", 2)
                .urlHits("2026-11-01", "/a", 3)
                .urlHits("2026-11-01", "/b", 4)
                .build();

        assertEquals(List.of(url("2026-11-01", "/a", 3), url("2026-11-01", "/b", 6), url("2026-11-02", "/a", 1)),
                aggregate.countedKeys());
    }

    @Test
    void deprecatedClientDomainHitsAreClientDomainKeysAddedToTheCountedOnes() {
        BatchAggregate aggregate = utcBatch()
                .clientDomainHits("2026-11-01", "example.net", 2)
                .countedKey(Dimension.CLIENT_DOMAIN, Grain.DAY, 0, "2026-11-01", "example.net", "",
                        new KeyCounters(3, 30, 3, 0, 0, 0, 0, 0, 0))
                .urlHits("2026-11-01", "/", 5)
                .build();

        assertEquals(List.of(url("2026-11-01", "/", 5), new CountedKey(Dimension.CLIENT_DOMAIN, DAY_START,
                        LocalDate.of(2026, 11, 1), "example.net", "", new KeyCounters(5, 30, 3, 0, 0, 0, 0, 0, 0))),
                aggregate.countedKeys());
    }

    @Test
    void countedKeysAreSortedByGrainThenDimensionPeriodAndKey() {
        long minute = Instant.parse("2026-11-01T10:07:00Z").getEpochSecond();
        long hour = Instant.parse("2026-11-01T10:00:00Z").getEpochSecond();
        BatchAggregate aggregate = utcBatch()
                .countedKey(Dimension.URL, Grain.DAY, 0, "2026-11-01", "/", "", KeyCounters.hitsOnly(1))
                .countedKey(Dimension.REQUEST_GROUP, Grain.HOUR, hour, "2026-11-01", "api", "",
                        new KeyCounters(2, 0, 1, 0, 0, 1, 1, 900, 2))
                .countedKey(Dimension.SECTION, Grain.MINUTE, minute, "2026-11-01", "/blog", "",
                        new KeyCounters(3, 0, 0, 0, 1, 1, 0, 0, 0))
                .countedKey(Dimension.NOT_FOUND_FROM, Grain.DAY, 0, "2026-11-01", "/gone", "/links", KeyCounters.hitsOnly(4))
                .build();

        assertEquals(List.of(Dimension.SECTION, Dimension.REQUEST_GROUP, Dimension.URL, Dimension.NOT_FOUND_FROM),
                aggregate.countedKeys().stream().map(CountedKey::dimension).toList());
        assertEquals(Instant.ofEpochSecond(minute), aggregate.countedKeys().get(0).periodStart());
        assertEquals("/links", aggregate.countedKeys().get(3).key2());
    }

    @Test
    void dimensionAtAnotherGrainThanItsOwnIsRefused() {
        assertEquals("counted_keys[0].grain HOUR is not URL's grain DAY", refusal(() -> utcBatch()
                .countedKey(Dimension.URL, Grain.HOUR, 0, "1970-01-01", "/", "", KeyCounters.hitsOnly(1))));
    }

    @Test
    void unknownDimensionIsRefused() {
        assertEquals("counted_keys[0].dimension is unspecified or unknown", refusal(() -> utcBatch()
                .countedKey(null, Grain.DAY, 0, "2026-11-01", "/", "", KeyCounters.hitsOnly(1))));
    }

    @Test
    void minuteNotStartingOnTheMinuteIsRefused() {
        long late = Instant.parse("2026-11-01T10:07:30Z").getEpochSecond();
        assertEquals("counted_keys[0].period_start_epoch_second " + late + " is not the start of a minute",
                refusal(() -> utcBatch().countedKey(Dimension.SECTION, Grain.MINUTE, late, "2026-11-01", "/blog", "",
                        KeyCounters.hitsOnly(1))));
    }

    @Test
    void overlongSecondKeyIsRefused() {
        assertEquals("counted_keys[0].key2 is 1025 characters long, at most 1024 allowed", refusal(() -> utcBatch()
                .countedKey(Dimension.NOT_FOUND_FROM, Grain.DAY, 0, "2026-11-01", "/", "/".repeat(1025),
                        KeyCounters.hitsOnly(1))));
    }

    @Test
    void negativeKeyCounterIsRefusedByName() {
        assertEquals("counted_keys[0].slow must not be negative, got -1", refusal(() -> utcBatch()
                .countedKey(Dimension.URL, Grain.DAY, 0, "2026-11-01", "/", "",
                        new KeyCounters(1, 0, 0, 0, 0, 0, -1, 0, 0))));
    }

    @Test
    void sketchesOfTheSameKeyAreUnited() {
        VisitorSketch first = VisitorSketch.empty();
        first.add("192.0.2.1", "curl");
        VisitorSketch second = VisitorSketch.empty();
        second.add("192.0.2.1", "curl");
        second.add("192.0.2.2", "curl");

        BatchAggregate aggregate = utcBatch()
                .sketch(SketchKind.VISITORS, Grain.DAY, 0, "2026-11-01", "", first.toBytes())
                .sketch(SketchKind.VISITORS, Grain.DAY, 0, "2026-11-01", "", second.toBytes())
                .build();

        assertEquals(1, aggregate.sketches().size());
        assertEquals(DAY_START, aggregate.sketches().get(0).periodStart());
        assertEquals(2, VisitorSketch.fromBytes(aggregate.sketches().get(0).data()).estimate());
    }

    @Test
    void sketchThatDoesNotDecodeIsRefused() {
        assertEquals("sketches[0].data is not a LATENCY sketch", refusal(() -> utcBatch()
                .sketch(SketchKind.LATENCY, Grain.HOUR, Instant.parse("2026-11-01T10:00:00Z").getEpochSecond(),
                        "2026-11-01", "api", new byte[] {1, 2, 3})));
    }

    @Test
    void latencySketchPerDayIsRefused() {
        assertEquals("sketches[0].grain DAY is not one LATENCY sketches are kept at", refusal(() -> utcBatch()
                .sketch(SketchKind.LATENCY, Grain.DAY, 0, "2026-11-01", "api", new byte[0])));
    }

    @Test
    void rejectionsOfTheSameReasonAreAddedUpKeepingTheFirstSample() {
        BatchAggregate aggregate = utcBatch()
                .rejection("not_matching_format", 2, "first", List.of("first", "first b"))
                .rejection("bad_timestamp", 1, "clock", List.of("clock"))
                .rejection("not_matching_format", 3, "second", List.of("second", "second b", "second c", "second d"))
                .build();

        assertEquals(List.of(
                new RejectionCount("bad_timestamp", 1, "clock", List.of("clock")),
                new RejectionCount("not_matching_format", 5, "first",
                        List.of("first", "first b", "second", "second b", "second c"))), aggregate.rejections());
    }

    @Test
    void rejectionWithoutSamplesFromAnOlderSenderKeepsItsSampleAsTheOnlyOne() {
        BatchAggregate aggregate = utcBatch().rejection("empty", 1, "", List.of()).build();

        assertEquals(List.of(new RejectionCount("empty", 1, "", List.of(""))), aggregate.rejections());
    }

    @Test
    void repairsAreKeptApartFromRejections() {
        BatchAggregate aggregate = utcBatch().repair("quote_repaired", 2, "a \"b", List.of("a \"b", "c \"d")).build();

        assertEquals(List.of(new RejectionCount("quote_repaired", 2, "a \"b", List.of("a \"b", "c \"d"))), aggregate.repairs());
        assertEquals(List.of(), aggregate.rejections());
    }

    @Test
    void moreThanFiveSamplesInOneEntryAreRefused() {
        assertEquals("repairs[0].samples holds 6 lines, at most 5 allowed", refusal(() -> utcBatch()
                .repair("field_truncated", 6, "1", List.of("1", "2", "3", "4", "5", "6"))));
    }

    @Test
    void overlongSampleInTheListIsRefused() {
        assertEquals("rejections[0].samples[1] is 513 characters long, at most 512 allowed", refusal(() -> utcBatch()
                .rejection("not_matching_format", 2, "x", List.of("x", "y".repeat(513)))));
    }

    @Test
    void negativeStartOffsetIsRefused() {
        assertEquals("start_offset must not be negative, got -1",
                refusal(() -> new AggregateBuilder(STREAM, -1, 10, "UTC")));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertEquals("end_offset 5 is before start_offset 10",
                refusal(() -> new AggregateBuilder(STREAM, 10, 5, "UTC")));
    }

    @Test
    void zoneThatIsNotIanaIsRefused() {
        assertEquals("time_zone '+01:00' is not an IANA time zone",
                refusal(() -> new AggregateBuilder(STREAM, 0, 5, "+01:00")));
    }

    @Test
    void blankStreamIdIsRefused() {
        assertEquals("stream.host must not be blank", refusal(() -> new StreamKey("www.example.org", " ", "f")));
    }

    @Test
    void impossibleDateIsRefused() {
        assertEquals("url_hits[1].local_date '2026-02-30' is not a date YYYY-MM-DD",
                refusal(() -> utcBatch().urlHits("2026-02-01", "/", 1).urlHits("2026-02-30", "/", 1)));
    }

    @Test
    void hourOnAnotherLocalDateIsRefused() {
        assertEquals("hourly[0].local_date 2026-11-02 is not the date of 2026-11-01T10:00 in Europe/Zurich",
                refusal(() -> new AggregateBuilder(STREAM, 0, 5, "Europe/Zurich")
                        .hour(ZURICH_TEN_AM, "2026-11-02", ONE_OK_HIT)));
    }

    @Test
    void hourNotStartingOnTheHourIsRefused() {
        assertEquals("hourly[0].hour_start_epoch_second " + (ZURICH_TEN_AM + 60)
                        + " is 2026-11-01T10:01 in Europe/Zurich, not the start of an hour",
                refusal(() -> new AggregateBuilder(STREAM, 0, 5, "Europe/Zurich")
                        .hour(ZURICH_TEN_AM + 60, "2026-11-01", ONE_OK_HIT)));
    }

    @Test
    void negativeCounterIsRefusedByName() {
        assertEquals("hourly[0].status_4xx must not be negative, got -2",
                refusal(() -> new AggregateBuilder(STREAM, 0, 5, "Europe/Zurich")
                        .hour(ZURICH_TEN_AM, "2026-11-01", new HourCounters(1, 0, 1, 0, -2, 0, 0, 0, 0))));
        assertEquals("accepted_lines must not be negative, got -1", refusal(() -> utcBatch().lineCounts(-1, 0)));
    }

    @Test
    void urlOfAtMost1024CharactersIsAcceptedCountingCodePoints() {
        String longest = "\uD83D\uDE00".repeat(1024);

        BatchAggregate aggregate = utcBatch().urlHits("2026-11-01", longest, 1).build();

        assertEquals(longest, aggregate.countedKeys().get(0).key());
    }

    @Test
    void urlOfMoreThan1024CharactersIsRefused() {
        assertEquals("url_hits[0].key is 1025 characters long, at most 1024 allowed",
                refusal(() -> utcBatch().urlHits("2026-11-01", "/".repeat(1025), 1)));
    }

    @Test
    void sampleOfMoreThan512CharactersIsRefused() {
        assertEquals("rejections[0].sample is 513 characters long, at most 512 allowed",
                refusal(() -> utcBatch().rejection("not_matching_format", 1, "x".repeat(513), List.of())));
    }

    @Test
    void hitsOverflowingWhenCombinedAreRefused() {
        assertEquals("client_domain_hits[1] overflows when added to an earlier entry of the same key",
                refusal(() -> utcBatch()
                        .clientDomainHits("2026-11-01", "example.net", Long.MAX_VALUE)
                        .clientDomainHits("2026-11-01", "example.net", 1)));
    }

    @Test
    void nulCharacterIsReplacedBecausePostgresTextCannotHoldIt() {
        BatchAggregate aggregate = utcBatch().urlHits("2026-11-01", "/a\u0000b", 1).build();

        assertEquals("/a\uFFFDb", aggregate.countedKeys().get(0).key());
    }
}
