package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.logformat.ParserLimits;
import io.hitstream.logformat.W3cLogFormat;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchCombinerTest {
    private static final String UA = " \"-\" \"Mozilla/5.0\"";
    private static final String TWO_DAYS = String.join("\n",
            "10.0.0.1 - - [01/Nov/2026:10:05:00 +0000] \"GET /a?x=1 HTTP/1.1\" 200 100" + UA,
            "10.0.0.2 - - [01/Nov/2026:10:59:59 +0000] \"GET /a HTTP/1.1\" 304 -" + UA,
            "10.0.0.1 - - [01/Nov/2026:11:00:00 +0000] \"GET /b HTTP/1.1\" 404 50" + UA,
            "10.0.0.3 - - [01/Nov/2026:13:30:00 +0200] \"POST /b HTTP/1.1\" 500 7" + UA,
            "this is junk",
            "10.0.0.4 - - [02/Nov/2026:00:10:00 +0000] \"GET /a HTTP/1.1\" 101 -" + UA,
            "10.0.0.3 - - [01/Nov/2026:23:59:00 -0100] \"GET /c HTTP/1.1\" 200 1000" + UA,
            "10.0.0.1 - - [31/Nov/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1" + UA,
            "more junk",
            "",
            "10.0.0.1 - - [01/Nov/2026:10:30:00 +0000] \"GET /a HTTP/1.1\" 200 3" + UA) + "\n";
    private static final ClientDomains RESOLVED = ClientDomains.of(Map.of(
            "10.0.0.1", new ClientDomains.Answer("example.net", "NL"),
            "10.0.0.2", new ClientDomains.Answer("example.net", "NL"),
            "10.0.0.3", new ClientDomains.Answer("", "")));

    @Test
    void hoursOfTwoDaysAreTotalledWithStatusClassesAndBytes() {
        PartialAggregate aggregate = aggregate(TWO_DAYS, "UTC", ClientDomains.NONE);

        assertEquals("UTC", aggregate.getTimeZone());
        assertEquals(List.of(
                hour(1_793_527_200L, "2026-11-01", 3, 103, 2, 1, 0, 0, 0),
                hour(1_793_530_800L, "2026-11-01", 2, 57, 0, 0, 1, 1, 0),
                hour(1_793_577_600L, "2026-11-02", 2, 1000, 1, 0, 0, 0, 1)),
                aggregate.getHourlyList());
    }

    @Test
    void urlHitsArePerDayAndPathWithoutQuery() {
        PartialAggregate aggregate = aggregate(TWO_DAYS, "UTC", ClientDomains.NONE);

        assertEquals(List.of(
                daily(Dimension.DIMENSION_URL, "2026-11-01", "/a", 3, 103),
                daily(Dimension.DIMENSION_URL, "2026-11-01", "/b", 2, 57),
                daily(Dimension.DIMENSION_URL, "2026-11-02", "/a", 1, 0),
                daily(Dimension.DIMENSION_URL, "2026-11-02", "/c", 1, 1000)),
                keysOf(aggregate, Dimension.DIMENSION_URL));
    }

    @Test
    void clientHitsAreCountedPerResolvedDomainOrElseAddress() {
        PartialAggregate aggregate = aggregate(TWO_DAYS, "UTC", RESOLVED);

        assertEquals(List.of(
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-01", "10.0.0.3", 1, 7),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-01", "example.net", 4, 153),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-02", "10.0.0.3", 1, 1000),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-02", "10.0.0.4", 1, 0)),
                keysOf(aggregate, Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    @Test
    void withoutResolverAnswersEveryAddressIsItsOwnDomain() {
        PartialAggregate aggregate = aggregate(TWO_DAYS, "UTC", ClientDomains.NONE);

        assertEquals(List.of(
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-01", "10.0.0.1", 3, 153),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-01", "10.0.0.2", 1, 0),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-01", "10.0.0.3", 1, 7),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-02", "10.0.0.3", 1, 1000),
                daily(Dimension.DIMENSION_CLIENT_DOMAIN, "2026-11-02", "10.0.0.4", 1, 0)),
                keysOf(aggregate, Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    @Test
    void rejectedLinesAreCountedPerReasonWithTheirSamples() {
        PartialAggregate aggregate = aggregate(TWO_DAYS, "UTC", ClientDomains.NONE);

        assertEquals(7, aggregate.getAcceptedLines());
        assertEquals(4, aggregate.getRejectedLines());
        assertEquals(List.of(
                rejection("bad_timestamp", 1,
                        "10.0.0.1 - - [31/Nov/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1" + UA),
                rejection("empty", 1, ""),
                rejection("not_matching_format", 2, "this is junk", "more junk")),
                aggregate.getRejectionsList());
    }

    @Test
    void oversizedLineIsRejectedTooLongEvenWhenItsHeadLooksLikeAHit() {
        String head = "10.0.0.1 - - [01/Nov/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5" + UA + "\n";
        PartialAggregate aggregate = messages(combiner(NcsaLogFormat.COMBINED.newParser(), "UTC").rejectOversized(bytes(head)),
                ClientDomains.NONE);

        assertEquals(List.of(0L, 1L), List.of(aggregate.getAcceptedLines(), aggregate.getRejectedLines()));
        assertEquals(List.of(rejection("too_long", 1, head.strip())), aggregate.getRejectionsList());
    }

    @Test
    void distinctClientAddressesOfCountedLinesAreListedOnceSorted() {
        BatchTally tally = combiner(NcsaLogFormat.COMBINED.newParser(), "UTC").combine(bytes(TWO_DAYS));

        assertEquals(List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"), tally.clientAddresses());
    }

    @Test
    void halfHourSiteZoneStartsHoursAtHalfPastUtcAndSplitsDaysLocally() {
        String lines = "192.0.2.1 - - [01/Nov/2026:23:59:59 +0530] \"GET /late HTTP/1.1\" 200 10" + UA + "\n"
                + "192.0.2.1 - - [01/Nov/2026:18:30:00 +0000] \"GET /early HTTP/1.1\" 302 -" + UA + "\n";

        PartialAggregate aggregate = aggregate(lines, "Asia/Kolkata", ClientDomains.NONE);

        assertEquals("Asia/Kolkata", aggregate.getTimeZone());
        assertEquals(List.of(
                hour(1_793_554_200L, "2026-11-01", 1, 10, 1, 0, 0, 0, 0),
                hour(1_793_557_800L, "2026-11-02", 1, 0, 0, 1, 0, 0, 0)),
                aggregate.getHourlyList());
        assertEquals(List.of(daily(Dimension.DIMENSION_URL, "2026-11-01", "/late", 1, 10),
                daily(Dimension.DIMENSION_URL, "2026-11-02", "/early", 1, 0)),
                keysOf(aggregate, Dimension.DIMENSION_URL));
    }

    @Test
    void repeatedLocalHourAtTheEndOfSummerTimeStaysTwoHours() {
        String lines = "192.0.2.1 - - [25/Oct/2026:02:30:00 +0200] \"GET / HTTP/1.1\" 200 1" + UA + "\n"
                + "192.0.2.1 - - [25/Oct/2026:02:30:00 +0100] \"GET / HTTP/1.1\" 200 2" + UA + "\n";

        PartialAggregate aggregate = aggregate(lines, "Europe/Zurich", ClientDomains.NONE);

        assertEquals(List.of(
                hour(1_792_886_400L, "2026-10-25", 1, 1, 1, 0, 0, 0, 0),
                hour(1_792_890_000L, "2026-10-25", 1, 2, 1, 0, 0, 0, 0)),
                aggregate.getHourlyList());
    }

    @Test
    void timeOutsideTheStoredYearsIsBadTimestamp() {
        String lines = "192.0.2.1 - - [31/Dec/9999:23:00:00 -0200] \"GET / HTTP/1.1\" 200 1" + UA + "\n";

        PartialAggregate aggregate = aggregate(lines, "UTC", ClientDomains.NONE);

        assertEquals(0, aggregate.getAcceptedLines());
        assertEquals("bad_timestamp", aggregate.getRejections(0).getReason());
        assertEquals(List.of(), aggregate.getHourlyList());
    }

    @Test
    void longPathsAndSamplesAreCutToTheStoredLength() {
        String longPath = "/" + "\u00e9".repeat(2000);
        String junk = "\u20ac".repeat(600);
        String lines = "192.0.2.1 - - [01/Nov/2026:10:00:00 +0000] \"GET " + longPath + " HTTP/1.1\" 200 1" + UA + "\n"
                + junk + "\n";

        PartialAggregate aggregate = aggregate(lines, "UTC", ClientDomains.NONE);

        assertEquals(longPath.substring(0, 1024), keysOf(aggregate, Dimension.DIMENSION_URL).get(0).getKey());
        assertEquals(junk.substring(0, 512), aggregate.getRejections(0).getSample());
    }

    @Test
    void onlyTheFirstFiveSamplesOfAReasonAreKept() {
        String lines = "junk 1\njunk 2\njunk 3\njunk 4\njunk 5\njunk 6\njunk 7\n";

        PartialAggregate aggregate = aggregate(lines, "UTC", ClientDomains.NONE);

        assertEquals(List.of(rejection("not_matching_format", 7, "junk 1", "junk 2", "junk 3", "junk 4", "junk 5")),
                aggregate.getRejectionsList());
    }

    @Test
    void repairedLinesAreCountedPerReasonWithSamplesAndStillAccepted() {
        String head = "192.0.2.1 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5 ";
        String strayQuote = head + "\"-\" \"Mozilla \"Foo\" bar\"";
        String longAgent = head + "\"-\" \"" + "a".repeat(40) + "\"";
        // "café" written in Latin-1: a lone 0xE9 byte is not UTF-8.
        byte[] lines = concat(bytes(strayQuote + "\n" + longAgent + "\n" + head + "\"-\" \"caf"),
                new byte[] {(byte) 0xE9}, bytes("\"\n"));

        PartialAggregate aggregate = messages(
                combiner(NcsaLogFormat.COMBINED.newParser(new ParserLimits(1024, 16)), "UTC").combine(lines),
                ClientDomains.NONE);

        String latin1Sample = head + "\"-\" \"caf\ufffd\"";
        assertEquals(3, aggregate.getAcceptedLines());
        assertEquals(0, aggregate.getRejectedLines());
        assertEquals(List.of(
                rejection("field_truncated", 2, strayQuote, longAgent),
                rejection("invalid_utf8", 1, latin1Sample),
                rejection("quote_repaired", 1, strayQuote)),
                aggregate.getRepairsList());
    }

    @Test
    void w3cDirectivesAreReadButNeitherCountedNorRejected() {
        String lines = "#Software: Microsoft Internet Information Services 10.0\n"
                + "#Fields: date time c-ip cs-method cs-uri-stem sc-status\n"
                + "2026-11-01 10:00:00 192.0.2.1 GET /a 200\n";

        PartialAggregate aggregate = messages(combiner(W3cLogFormat.W3C.newParser(), "UTC").combine(bytes(lines)),
                ClientDomains.NONE);

        assertEquals(1, aggregate.getAcceptedLines());
        assertEquals(0, aggregate.getRejectedLines());
        assertEquals(List.of(daily(Dimension.DIMENSION_URL, "2026-11-01", "/a", 1, 0)),
                keysOf(aggregate, Dimension.DIMENSION_URL));
    }

    @Test
    void emptyChunkAddsNothing() {
        PartialAggregate aggregate = aggregate("", "UTC", ClientDomains.NONE);

        assertEquals(PartialAggregate.newBuilder().setStream(TestRules.STREAM).setTimeZone("UTC").build(), aggregate);
    }

    private static PartialAggregate aggregate(String lines, String zone, ClientDomains domains) {
        return messages(combiner(NcsaLogFormat.COMBINED.newParser(), zone).combine(bytes(lines)), domains);
    }

    private static BatchCombiner combiner(LogParser parser, String zone) {
        return new BatchCombiner(parser, ZoneId.of(zone), TestRules.RULES, TestRules.SITE, TestRules.WEB_HOST);
    }

    private static PartialAggregate messages(BatchTally tally, ClientDomains domains) {
        return AggregateMessages.of(TestRules.STREAM, 0, 0, tally, domains, TestRules.UNDATED_DAY);
    }

    private static List<CountedKey> keysOf(PartialAggregate aggregate, Dimension dimension) {
        return KeyOrder.sorted(aggregate.getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == dimension).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String lines) {
        return lines.getBytes(StandardCharsets.UTF_8);
    }

    /** Totals of an hour whose hits are all pages of human visitors, as every hour of these tests is. */
    private static HourlyTotals hour(long start, String date, long hits, long bytes,
            long s2xx, long s3xx, long s4xx, long s5xx, long other) {
        return HourlyTotals.newBuilder().setHourStartEpochSecond(start).setLocalDate(date).setHits(hits).setBytes(bytes)
                .setStatus2Xx(s2xx).setStatus3Xx(s3xx).setStatus4Xx(s4xx).setStatus5Xx(s5xx).setStatusOther(other)
                .setPages(hits).build();
    }

    private static CountedKey daily(Dimension dimension, String date, String key, long hits, long bytes) {
        return CountedKey.newBuilder().setDimension(dimension).setGrain(Grain.GRAIN_DAY).setLocalDate(date).setKey(key)
                .setHits(hits).setBytes(bytes).build();
    }

    private static Rejection rejection(String reason, long lines, String... samples) {
        return Rejection.newBuilder().setReason(reason).setLines(lines).setSample(samples[0])
                .addAllSamples(List.of(samples)).build();
    }
}
