package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the format logs the server name, each line is counted under the configured site it names, through the host
 * aliases; a name that is no configured site, or a site the token may not write, rejects the line.
 */
class VirtualHostSplitTest {
    private static final String SITE = "example.org";
    private static final String BLOG = "blog.example.org";
    private static final StreamId STREAM = StreamId.newBuilder().setHost("web-1").setSite(SITE).setFileId("f").build();
    private static final DimensionRules RULES = new DimensionRules(HostAliases.of(Map.of(
            SITE, List.of("www.example.org", "example.com"),
            BLOG, List.of(),
            "shop.example.org", List.of())),
            TestRules.USER_AGENTS, new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), Map.of(), 100_000);
    private static final SiteTimeZones ZONES = new SiteTimeZones("UTC", Map.of(BLOG, "Europe/Berlin"));
    private static final SiteGrant SITE_AND_BLOG = SiteGrant.of(List.of(SITE, BLOG));
    /** 2026-11-01 10:00 UTC, and 23:00 UTC: the first hour of 2 November in Berlin. */
    private static final long TEN_UTC = 1_793_527_200L;
    private static final long BERLIN_MIDNIGHT = TEN_UTC + 13 * 3600;

    @Test
    void aliasesPortsAndCaseCountUnderTheStreamSite() {
        PartialAggregate aggregate = combine(NcsaLogFormat.VHOST_COMBINED,
                line("www.example.org:443", "10:05", 10),
                line("EXAMPLE.org:80", "10:10", 20),
                line("Example.COM.:8080", "10:15", 30),
                line("example.org.:443", "10:20", 40));

        assertEquals(List.of(hour(TEN_UTC, "2026-11-01", 4, 100)), aggregate.getHourlyList());
        assertEquals(List.of(), aggregate.getOtherSitesList());
        assertEquals(4, aggregate.getAcceptedLines());
    }

    @Test
    void anotherConfiguredSiteIsCountedApartInItsOwnTimeZone() {
        PartialAggregate aggregate = combine(NcsaLogFormat.VHOST_COMBINED,
                line("example.org:443", "10:05", 10),
                line("Blog.Example.org:443", "23:05", 20),
                line("blog.example.org:80", "23:59", 30));

        assertEquals(List.of(hour(TEN_UTC, "2026-11-01", 1, 10)), aggregate.getHourlyList());
        assertEquals(1, aggregate.getOtherSitesCount());
        SiteAggregate blog = aggregate.getOtherSites(0);
        assertEquals(BLOG, blog.getSite());
        assertEquals("Europe/Berlin", blog.getTimeZone());
        assertEquals(List.of(hour(BERLIN_MIDNIGHT, "2026-11-02", 2, 50)), blog.getHourlyList());
        assertEquals(3, aggregate.getAcceptedLines());
        assertEquals(0, aggregate.getRejectedLines());
    }

    @Test
    void serverNameOfNoConfiguredSiteIsRejectedAsUnknownSite() {
        String unknown = line("unknown.example.net:80", "10:05", 10);
        PartialAggregate aggregate = combine(NcsaLogFormat.VHOST_COMBINED,
                line("example.org:443", "10:05", 10), unknown, unknown);

        assertEquals(List.of(rejection(LineSites.UNKNOWN_SITE, 2, unknown, unknown)), aggregate.getRejectionsList());
        assertEquals(1, aggregate.getAcceptedLines());
        assertEquals(2, aggregate.getRejectedLines());
        assertEquals(List.of(hour(TEN_UTC, "2026-11-01", 1, 10)), aggregate.getHourlyList());
        assertEquals(List.of(), aggregate.getOtherSitesList());
    }

    @Test
    void siteTheTokenMayNotWriteIsRejectedAsSiteNotAllowed() {
        String shop = line("shop.example.org:443", "10:05", 10);
        PartialAggregate aggregate = combine(NcsaLogFormat.VHOST_COMBINED,
                shop, line("blog.example.org:443", "10:05", 20));

        assertEquals(List.of(rejection(LineSites.SITE_NOT_ALLOWED, 1, shop)), aggregate.getRejectionsList());
        assertEquals(1, aggregate.getAcceptedLines());
        assertEquals(List.of(), aggregate.getHourlyList());
        assertEquals(List.of(BLOG), aggregate.getOtherSitesList().stream().map(SiteAggregate::getSite).toList());
    }

    @Test
    void formatWithoutServerNameCountsEverythingUnderTheStreamSite() {
        PartialAggregate aggregate = combine(NcsaLogFormat.COMBINED,
                "192.0.2.9 - - [01/Nov/2026:10:05:00 +0000] \"GET http://shop.example.org/ HTTP/1.1\" 200 10 \"-\" \"-\"");

        assertEquals(List.of(hour(TEN_UTC, "2026-11-01", 1, 10)), aggregate.getHourlyList());
        assertEquals(List.of(), aggregate.getRejectionsList());
    }

    private static PartialAggregate combine(LogFormat format, String... lines) {
        BatchCombiner combiner = new BatchCombiner(format.newParser(), ZoneId.of("UTC"), RULES,
                new LineSites(RULES, ZONES, SITE, SITE_AND_BLOG), "web-1");
        BatchTally tally = combiner.combine((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return AggregateMessages.of(STREAM, 0, 0, tally, ClientDomains.NONE, TestRules.UNDATED_DAY);
    }

    /** A vhost_combined line of 1 November 2026 at a UTC time, answered 200 with {@code bytes}. */
    private static String line(String virtualHost, String time, long bytes) {
        return virtualHost + " 192.0.2.9 - - [01/Nov/2026:" + time + ":00 +0000] \"GET / HTTP/1.1\" 200 " + bytes
                + " \"-\" \"Mozilla/5.0\"";
    }

    private static HourlyTotals hour(long start, String date, long hits, long bytes) {
        return HourlyTotals.newBuilder().setHourStartEpochSecond(start).setLocalDate(date).setHits(hits)
                .setBytes(bytes).setStatus2Xx(hits).setPages(hits).build();
    }

    private static Rejection rejection(String reason, long lines, String... samples) {
        return Rejection.newBuilder().setReason(reason).setLines(lines).setSample(samples[0])
                .addAllSamples(List.of(samples)).build();
    }
}
