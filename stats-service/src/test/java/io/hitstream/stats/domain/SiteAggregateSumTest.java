package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.rollups.sketch.SketchKind;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAggregateSumTest {
    private static final StreamKey STREAM = new StreamKey("example.org", "web-01", "access.log");
    private static final String DAY = "2026-11-01";
    private static final long TEN_O_CLOCK = Instant.parse("2026-11-01T10:00:00Z").getEpochSecond();

    @Test
    void aKeyTwoBatchesShareIsOneRowWithBothCounters() {
        List<SiteAggregate> sum = SiteAggregateSum.bySite(List.of(
                own(builder(0, 100).countedKey(Dimension.URL, Grain.DAY, 0, DAY, "/a", "", counters(2, 300))),
                own(builder(100, 200).countedKey(Dimension.URL, Grain.DAY, 0, DAY, "/a", "", counters(1, 50))
                        .countedKey(Dimension.URL, Grain.DAY, 0, DAY, "/b", "", counters(1, 10)))));

        assertEquals(List.of("/a", "/b"), sum.get(0).countedKeys().stream().map(CountedKey::key).toList());
        assertEquals(List.of(counters(3, 350), counters(1, 10)),
                sum.get(0).countedKeys().stream().map(CountedKey::counters).toList());
    }

    @Test
    void anHourTwoBatchesShareAddsTheirTotals() {
        List<SiteAggregate> sum = SiteAggregateSum.bySite(List.of(
                own(builder(0, 100).hour(TEN_O_CLOCK, DAY, new HourCounters(2, 300, 2, 0, 0, 0, 0, 1, 0))),
                own(builder(100, 200).hour(TEN_O_CLOCK, DAY, new HourCounters(1, 50, 0, 0, 1, 0, 0, 0, 1)))));

        assertEquals(List.of(new HourTotals(Instant.ofEpochSecond(TEN_O_CLOCK), LocalDate.parse(DAY),
                new HourCounters(3, 350, 2, 0, 1, 0, 0, 1, 1))), sum.get(0).hourly());
    }

    @Test
    void aSketchTwoBatchesShareIsTheirUnion() {
        List<SiteAggregate> sum = SiteAggregateSum.bySite(List.of(
                own(builder(0, 100).sketch(SketchKind.VISITORS, Grain.DAY, 0, DAY, "", visitors("192.0.2.1", "192.0.2.2"))),
                own(builder(100, 200).sketch(SketchKind.VISITORS, Grain.DAY, 0, DAY, "", visitors("192.0.2.2", "192.0.2.3")))));

        assertEquals(1, sum.get(0).sketches().size());
        assertEquals(3, VisitorSketch.fromBytes(sum.get(0).sketches().get(0).data()).estimate());
    }

    @Test
    void aReasonTwoBatchesShareAddsItsLinesAndKeepsTheNewestSamples() {
        List<SiteAggregate> sum = SiteAggregateSum.bySite(List.of(
                own(builder(0, 100).rejection("not_matching_format", 4, "a", List.of("a", "b", "c", "d"))),
                own(builder(100, 200).rejection("not_matching_format", 2, "e", List.of("e", "f")))));

        assertEquals(List.of(new RejectionCount("not_matching_format", 6, "e", List.of("b", "c", "d", "e", "f"))),
                sum.get(0).rejections());
    }

    @Test
    void sitesComeOutInSiteOrderWithTheNewestTimeZone() {
        SiteAggregate blog = new SiteAggregate("blog.example.org", ZoneId.of("Europe/Zurich"), List.of(), List.of(),
                List.of(), List.of(), List.of());
        SiteAggregate blogMoved = new SiteAggregate("blog.example.org", ZoneId.of("America/New_York"), List.of(),
                List.of(), List.of(), List.of(), List.of());

        List<SiteAggregate> sum = SiteAggregateSum.bySite(List.of(own(builder(0, 100)), blog, blogMoved));

        assertEquals(List.of("blog.example.org", "example.org"), sum.stream().map(SiteAggregate::site).toList());
        assertEquals(ZoneId.of("America/New_York"), sum.get(0).timeZone());
    }

    private static AggregateBuilder builder(long start, long end) {
        return new AggregateBuilder(STREAM, start, end, "UTC");
    }

    private static SiteAggregate own(AggregateBuilder builder) {
        return builder.build().bySite().get(0);
    }

    private static KeyCounters counters(long hits, long bytes) {
        return new KeyCounters(hits, bytes, hits, 0, 0, 0, 0, 0, 0);
    }

    private static byte[] visitors(String... addresses) {
        VisitorSketch sketch = VisitorSketch.empty();
        for (String address : addresses) {
            sketch.add(address, "Mozilla/5.0");
        }
        return sketch.toBytes();
    }
}
