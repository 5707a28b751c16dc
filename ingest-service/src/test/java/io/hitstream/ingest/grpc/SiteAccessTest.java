package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token writes only the sites it was configured for: any other ends the call PERMISSION_DENIED and reaches no stats. */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class SiteAccessTest {
    private static final String LINE = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;

    @Test
    void pushForAnotherSiteIsPermissionDeniedAndCommitsNothing() throws Exception {
        StreamId stream = newStream("shop.example.org");
        StatusRuntimeException e;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.WWW_ONLY)) {
            e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch(stream, 0, LINE)));
        }

        assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
        assertEquals("this token may not write site 'shop.example.org'", e.getStatus().getDescription());
        assertEquals(List.of(), stats.receivedFor(stream));
    }

    @Test
    void openForAnotherSiteIsPermissionDeniedAndAnswersNothing() throws Exception {
        StreamId stream = newStream("www.example.org");
        stats.committed(stream, 4096);
        Status status;
        List<?> answered;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.SHOP_AND_BLOG)) {
            ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(batch(stream, 4096, LINE)));
            status = call.awaitEnd();
            answered = call.untaken();
        }

        assertEquals(Status.Code.PERMISSION_DENIED, status.getCode());
        assertEquals("this token may not write site 'www.example.org'", status.getDescription());
        assertEquals(List.of(), answered);
        assertEquals(List.of(), stats.receivedFor(stream));
    }

    @Test
    void reopeningOnAnotherSiteEndsTheStreamAfterTheAllowedBatches() throws Exception {
        StreamId allowed = newStream("www.example.org");
        StreamId forbidden = newStream("blog.example.org");
        LogBatch first = batch(allowed, 0, LINE);
        Status status;
        BatchAck ack;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.WWW_ONLY)) {
            ShipCall call = ingest.ship().send(open(allowed, "combined")).send(ship(first));
            call.next();
            ack = call.next().getAck();
            call.send(open(forbidden, "combined")).send(ship(batch(forbidden, 0, LINE)));
            status = call.awaitEnd();
        }

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(Status.Code.PERMISSION_DENIED, status.getCode());
        assertEquals(1, stats.receivedFor(allowed).size());
        assertEquals(List.of(), stats.receivedFor(forbidden));
    }

    @Test
    void tokenOfTheFileWritesEachOfItsSites() throws Exception {
        StreamId shop = newStream("shop.example.org");
        StreamId blog = newStream("blog.example.org");
        List<BatchStatus> statuses;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.SHOP_AND_BLOG)) {
            statuses = List.of(ingest.push(batch(shop, 0, LINE)).getStatus(), ingest.push(batch(blog, 0, LINE)).getStatus());
        }

        assertEquals(List.of(BatchStatus.BATCH_STATUS_COMMITTED, BatchStatus.BATCH_STATUS_COMMITTED), statuses);
        assertEquals(1, stats.receivedFor(shop).size());
        assertEquals(1, stats.receivedFor(blog).size());
    }

    @Test
    void everySiteTokenWritesAnySite() throws Exception {
        StreamId unlisted = newStream("never-configured.example.net");
        BatchAck ack;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.EVERY_SITE)) {
            ShipCall call = ingest.ship().send(open(unlisted, "combined")).send(ship(batch(unlisted, 0, LINE)));
            call.next();
            ack = call.next().getAck();
            call.finish();
        }

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(1, stats.receivedFor(unlisted).size());
    }
}
