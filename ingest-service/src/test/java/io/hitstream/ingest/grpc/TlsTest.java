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

/** Ingest served over TLS only: a client trusting its certificate ships; a plaintext client gets nowhere. */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SelfSignedTls.class, restrictToAnnotatedClass = true)
class TlsTest {
    private static final String LINE = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";

    @TestHTTPResource(value = "/", tls = true)
    URL url;
    SelfSignedTls.ServerCertificate certificate;
    RecordingStats stats;

    @Test
    void clientTrustingTheCertificateShipsABatch() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch batch = batch(stream, 0, LINE);
        BatchAck ack;
        try (IngestChannel ingest = IngestChannel.overTls(url, certificate.pem())) {
            ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(batch));
            call.next();
            ack = call.next().getAck();
            assertEquals(Status.Code.OK, call.finish().getCode());
        }

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(batch.getEndOffset(), ack.getCommittedOffset());
        assertEquals(1, stats.receivedFor(stream).size());
    }

    @Test
    void plaintextClientIsRefused() throws Exception {
        StreamId stream = newStream("www.example.org");
        StatusRuntimeException e;
        try (IngestChannel ingest = new IngestChannel(url)) {
            e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch(stream, 0, LINE)));
        }

        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals(List.of(), stats.receivedFor(stream));
    }
}
