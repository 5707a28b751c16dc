package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.line;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The day a Ship stream's batch counts the lines it rejects without counting any line of its own. */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class RejectedLineDaysTest {
    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    private IngestChannel ingest;

    @BeforeEach
    void connect() {
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        ingest.close();
    }

    @Test
    void anOversizedLineAfterCountedLinesCountsOnTheStreamsLastCountedDay() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch counted = batch(stream, 0, line("192.0.2.31"));
        LogBatch oversized = oversized(stream, counted.getEndOffset());
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();

        call.send(ship(counted)).send(ship(oversized));
        call.next();
        call.next();

        List<PartialAggregate> commits = stats.receivedFor(stream);
        assertEquals(List.of("2026-11-01 too_long 1"), rejectionKeys(commits.get(1)));
        call.finish();
    }

    @Test
    void anOversizedLineFirstInAStreamCountsOnTodayInTheSitesTimeZone() throws Exception {
        StreamId stream = newStream("www.example.org");
        ShipCall call = ingest.ship().send(open(stream, "combined"));
        call.next();

        call.send(ship(oversized(stream, 0)));
        call.next();

        // www.example.org has no time zone of its own here: UTC.
        assertEquals(List.of(LocalDate.now(ZoneOffset.UTC) + " too_long 1"),
                rejectionKeys(stats.receivedFor(stream).get(0)));
        call.finish();
    }

    /** The head of a line too long for any batch: 5,000 bytes of which the batch carries the first few. */
    private static LogBatch oversized(StreamId stream, long startOffset) {
        return batch(stream, startOffset, "192.0.2.32 - - [01/Nov/2026:10:00:01 +0000] \"GET /aaaa\n").toBuilder()
                .setEndOffset(startOffset + 5_000).setOversizedLine(true).build();
    }

    private static List<String> rejectionKeys(PartialAggregate aggregate) {
        return aggregate.getCountedKeysList().stream()
                .filter(key -> key.getDimension() == Dimension.DIMENSION_REJECTION_REASON)
                .map(key -> key.getLocalDate() + " " + key.getKey() + " " + key.getHits())
                .toList();
    }
}
