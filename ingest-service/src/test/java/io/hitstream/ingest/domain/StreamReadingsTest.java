package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.NcsaLogFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamReadingsTest {
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final String FIRST_BATCH = line("/docs/a?x=1", 200, "https://www.google.com/search?q=a", FIREFOX)
            + line("/static/site.css", 200, "https://www.example.org/docs/a", FIREFOX)
            + line("/docs/b", 200, "-", GOOGLEBOT);
    /** The first batch's texts again, and new ones. */
    private static final String SECOND_BATCH = line("/docs/a", 200, "https://www.google.com/search?q=b", FIREFOX)
            + line("/missing", 404, "https://www.example.org/docs/b", GOOGLEBOT)
            + line("/docs/b", 200, "https://news.example.net/item", FIREFOX);

    private final StreamReadings readings = new StreamReadings(TestRules.RULES);

    @Test
    void aSitesReadingsAreKeptFromBatchToBatch() {
        StreamReadings.SiteReadings first = readings.of(TestRules.SITE);

        assertSame(first, readings.of(TestRules.SITE));
    }

    @Test
    void pastTheMostSitesEverySitesReadingsAreDropped() {
        StreamReadings.SiteReadings first = readings.of("site-0.example");
        for (int site = 1; site < StreamReadings.MAX_SITES; site++) {
            readings.of("site-" + site + ".example");
        }
        assertSame(first, readings.of("site-0.example"));

        readings.of("one-too-many.example");

        assertNotSame(first, readings.of("site-0.example"));
    }

    @Test
    void pastTheStreamsCharactersEverySitesReadingsAreDroppedWhenATallyBegins() {
        StreamReadings.SiteReadings first = readings.of("site-0.example");
        String path = "/" + "p".repeat(1023);
        for (int site = 1; site <= 4; site++) {
            StreamReadings.SiteReadings siteReadings = readings.of("site-" + site + ".example");
            for (int n = 0; n < 255; n++) {
                siteReadings.paths().of(path + n);
            }
        }
        assertEquals(4 * (255 * 1024 + 10 + 90 * 2 + 155 * 3), readings.chars());
        assertSame(first, readings.of("site-0.example"));

        readings.of("site-1.example").paths().of("/" + "q".repeat(2000));

        assertNotSame(first, readings.of("site-0.example"));
        assertEquals(0, readings.chars());
    }

    @Test
    void batchesReadWithTheirStreamsKeptReadingsCountWhatBatchesReadAnewCount() {
        LogParser streamParser = NcsaLogFormat.COMBINED.newParser();
        combine(new BatchCombiner(streamParser, ZoneId.of("UTC"), TestRules.RULES, readings,
                LineSites.streamOnly(TestRules.SITE, ZoneId.of("UTC")), TestRules.WEB_HOST), FIRST_BATCH);

        List<String> kept = combine(new BatchCombiner(streamParser, ZoneId.of("UTC"), TestRules.RULES, readings,
                LineSites.streamOnly(TestRules.SITE, ZoneId.of("UTC")), TestRules.WEB_HOST), SECOND_BATCH);

        List<String> anew = combine(new BatchCombiner(NcsaLogFormat.COMBINED.newParser(), ZoneId.of("UTC"),
                TestRules.RULES, TestRules.SITE, TestRules.WEB_HOST), SECOND_BATCH);
        assertEquals(anew, kept);
        assertEquals(List.of(
                "BROWSER 0 2026-11-01 Firefox 128  2 1024",
                "CLIENT_DOMAIN 0 2026-11-01 192.0.2.7  3 1536",
                "CLIENT_TLD 0 2026-11-01 (address)  3 1536",
                "COUNTRY 0 2026-11-01 unknown  3 1536",
                "CRAWLER 0 2026-11-01 Googlebot  1 512",
                "DEVICE 0 2026-11-01 Desktop  2 1024",
                "METHOD 0 2026-11-01 GET  3 1536",
                "NOT_FOUND_FROM 0 2026-11-01 /missing /docs/b 1 512",
                "NOT_FOUND_URL 0 2026-11-01 /missing  1 512",
                "OS 0 2026-11-01 Linux  2 1024",
                "REFERRER_DOMAIN 0 2026-11-01 example.net  1 512",
                "REFERRER_DOMAIN 0 2026-11-01 google.com  1 512",
                "REFERRER_URL 0 2026-11-01 https://news.example.net/item  1 512",
                "REFERRER_URL 0 2026-11-01 https://www.google.com/search  1 512",
                "SEARCH_ENGINE 0 2026-11-01 Google  1 512",
                "SECTION 1793527200 2026-11-01 /docs  2 1024",
                "SECTION 1793527200 2026-11-01 /missing  1 512",
                "SIZE_BIN 0 2026-11-01 0-3k  3 1536",
                "STATUS 0 2026-11-01 200  2 1024",
                "STATUS 0 2026-11-01 404  1 512",
                "URL 0 2026-11-01 /docs/a  1 512",
                "URL 0 2026-11-01 /docs/b  1 512",
                "URL 0 2026-11-01 /missing  1 512",
                "WEB_HOST 0 2026-11-01 web-1  3 1536"), kept);
    }

    /** The batch's counted keys as "dimension period date key key2 hits bytes", sorted. */
    private static List<String> combine(BatchCombiner combiner, String lines) {
        return combiner.combine(lines.getBytes(StandardCharsets.UTF_8)).countedKeys(ClientDomains.NONE,
                TestRules.UNDATED_DAY).stream().map(key -> String.join(" ", key.dimension().name(),
                        Long.toString(key.periodStartEpochSecond()), key.date().toString(), key.key(), key.key2(),
                        Long.toString(key.counters().hits()), Long.toString(key.counters().bytes())))
                .sorted().toList();
    }

    private static String line(String path, int status, String referrer, String agent) {
        return "192.0.2.7 - - [01/Nov/2026:10:00:00 +0000] \"GET " + path + " HTTP/1.1\" " + status + " 512 \"" + referrer
                + "\" \"" + agent + "\"\n";
    }
}
