package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.PatternCounter;
import io.hitstream.ingest.domain.enrich.PatternCounters;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** elfstatsd's pattern counters: each named regex counts, per hour, the requests whose request line holds it. */
class PatternCountersTest {
    private static final long TEN = 1_793_527_200L;
    private static final long ELEVEN = TEN + 3600;
    private static final String LOG = String.join("",
            line("10:00:00", "GET /shop?utm_source=news HTTP/1.1", 200, 100),
            line("10:10:00", "GET /shop?utm_medium=x&utm_source=mail HTTP/1.1", 200, 200),
            line("10:20:00", "POST /login HTTP/1.1", 401, 0),
            line("10:30:00", "GET /wp-login.php HTTP/1.1", 404, 300),
            line("11:05:00", "GET /?utm_source=news HTTP/1.1", 500, 0),
            line("11:06:00", "GET /about HTTP/1.1", 200, 50));
    private static final PatternCounters PATTERNS = new PatternCounters(List.of(
            new PatternCounter("campaign", Pattern.compile("[?&]utm_source=")),
            new PatternCounter("login", Pattern.compile("login")),
            new PatternCounter("post", Pattern.compile("^POST ")),
            new PatternCounter("http-1.0", Pattern.compile(" HTTP/1\\.0$"))));

    private static String line(String time, String request, int status, long bytes) {
        return "192.0.2.1 - - [01/Nov/2026:" + time + " +0000] \"" + request + "\" " + status + " " + bytes
                + " \"-\" \"curl/8.5.0\" 1000\n";
    }

    private static List<CountedKey> patternKeys(Map<String, PatternCounters> patterns) {
        DimensionRules rules = new DimensionRules(HostAliases.of(Map.of()), TestRules.USER_AGENTS,
                new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), patterns, 100_000);
        BatchCombiner combiner = new BatchCombiner(NcsaLogFormat.COMBINED_LATENCY.newParser(), ZoneId.of("UTC"), rules,
                TestRules.SITE, TestRules.WEB_HOST);
        return KeyOrder.sorted(AggregateMessages.of(TestRules.STREAM, 0, 0,
                        combiner.combine(LOG.getBytes(StandardCharsets.UTF_8)), ClientDomains.NONE,
                        TestRules.UNDATED_DAY).getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == Dimension.DIMENSION_PATTERN).toList();
    }

    private static CountedKey.Builder pattern(long hourStart, String name) {
        return CountedKey.newBuilder().setDimension(Dimension.DIMENSION_PATTERN).setGrain(Grain.GRAIN_HOUR)
                .setPeriodStartEpochSecond(hourStart).setLocalDate("2026-11-01").setKey(name);
    }

    @Test
    void everyPatternFoundInTheRequestLineCountsItsHitsBytesAndStatusClassesPerHour() {
        assertEquals(List.of(
                pattern(TEN, "campaign").setHits(2).setBytes(300).setStatus2Xx(2).build(),
                pattern(TEN, "login").setHits(2).setBytes(300).setStatus4Xx(2).build(),
                pattern(TEN, "post").setHits(1).setStatus4Xx(1).build(),
                pattern(ELEVEN, "campaign").setHits(1).setStatus5Xx(1).build()),
                patternKeys(Map.of(TestRules.SITE, PATTERNS)));
    }

    @Test
    void aSiteWithoutPatternsCountsNone() {
        assertEquals(List.of(), patternKeys(Map.of("other.example.org", PATTERNS)));
    }
}
