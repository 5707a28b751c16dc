package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vhost_combined batch of the shop through the real service, sent with a token for the shop and the blog: each
 * line is counted under the configured site its virtual host names (the blog by its alias, in its own time zone),
 * and the lines of a site the token may not write, or of no configured site, are rejected, counted and sampled.
 */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class VirtualHostsThroughServiceTest {
    private static final String NOT_ALLOWED = line(PeerServers.APACHE_SITE + ":80", 30);
    private static final String UNKNOWN = line("nowhere.example.net:80", 40);
    private static final String LINES = line("Shop.Example.org:443", 10) + "\n"
            + line(PeerServers.BLOG_ALIAS + ":443", 20) + "\n" + NOT_ALLOWED + "\n" + UNKNOWN + "\n";
    /** 2026-11-01 10:00 UTC; the shop's hour is Kolkata's, which starts half past the UTC hour. */
    private static final long TEN = 1_793_527_200L;

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;

    @Test
    void eachLineIsCountedUnderItsVirtualHostsSiteOrRejected() throws InterruptedException {
        StreamId stream = newStream(PeerServers.KOLKATA_SITE);
        BatchAck ack;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.SHOP_AND_BLOG)) {
            ack = ingest.push(batch(stream, 0, LINES).toBuilder().setFormat("vhost_combined").build());
        }
        PartialAggregate aggregate = stats.receivedFor(stream).get(0);

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(List.of(hour(TEN - 1800, 10)), aggregate.getHourlyList());
        assertEquals(List.of(SiteAggregate.newBuilder().setSite(PeerServers.BLOG_SITE).setTimeZone("UTC")
                        .addHourly(hour(TEN, 20)).build()),
                aggregate.getOtherSitesList().stream()
                        .map(site -> site.toBuilder().clearCountedKeys().clearSketches().build()).toList());
        assertEquals(List.of(rejection("site_not_allowed", NOT_ALLOWED), rejection("unknown_site", UNKNOWN)),
                aggregate.getRejectionsList());
        assertEquals(List.of(2L, 2L), List.of(aggregate.getAcceptedLines(), aggregate.getRejectedLines()));
    }

    private static String line(String virtualHost, long bytes) {
        return virtualHost + " 192.0.2.9 - - [01/Nov/2026:10:05:00 +0000] \"GET /posts HTTP/1.1\" 200 " + bytes
                + " \"-\" \"Mozilla/5.0\"";
    }

    private static HourlyTotals hour(long start, long bytes) {
        return HourlyTotals.newBuilder().setHourStartEpochSecond(start).setLocalDate("2026-11-01").setHits(1)
                .setBytes(bytes).setStatus2Xx(1).setPages(1).build();
    }

    private static Rejection rejection(String reason, String sample) {
        return Rejection.newBuilder().setReason(reason).setLines(1).setSample(sample).addSamples(sample).build();
    }
}
