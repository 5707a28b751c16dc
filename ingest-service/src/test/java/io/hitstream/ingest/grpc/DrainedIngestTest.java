package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.line;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.ShipDrainTest.SHUTTING_DOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Once ingest drains (SIGTERM), it takes no new stream or push: they end UNAVAILABLE, for the agent to go elsewhere. */
@QuarkusTest
@TestProfile(DrainedIngestTest.Drained.class)
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class DrainedIngestTest {
    @TestHTTPResource("/")
    URL url;
    @Inject
    Event<ShutdownDelayInitiatedEvent> shutdown;
    RecordingStats stats;
    private IngestChannel ingest;

    /** An application of its own: a drained ingest stays drained. */
    public static class Drained implements QuarkusTestProfile {
    }

    @BeforeEach
    void connectToADrainedIngest() {
        shutdown.fire(new ShutdownDelayInitiatedEvent());
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        ingest.close();
    }

    @Test
    void aStreamOpenedWhileDrainingIsRefusedUnavailableAndAnswersNothing() throws Exception {
        ShipCall call = ingest.ship().send(open(newStream("www.example.org"), "combined"));
        Status end = call.awaitEnd();

        assertEquals(Status.Code.UNAVAILABLE, end.getCode());
        assertEquals(SHUTTING_DOWN, end.getDescription());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void aPushWhileDrainingIsRefusedUnavailableAndNotCommitted() {
        StreamId stream = newStream("www.example.org");

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> ingest.push(batch(stream, 0, line("192.0.2.33"))));

        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals(SHUTTING_DOWN, e.getStatus().getDescription());
        assertEquals(List.of(), stats.receivedFor(stream));
    }
}
