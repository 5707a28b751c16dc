package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "resolver"))
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class ResolverDownTest {
    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;

    @Test
    void withoutResolverTheClientAddressIsTheDomain() throws Exception {
        StreamId stream = newStream("www.example.org");
        String lines = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";

        BatchAck ack;
        try (IngestChannel ingest = new IngestChannel(url)) {
            ack = ingest.push(batch(stream, 0, lines));
        }

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(List.of(DailyCount.newBuilder().setLocalDate("2026-11-01").setKey("203.0.113.5").setHits(1).build()),
                Aggregates.dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
    }
}
