package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "stats"))
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class StatsDownTest {
    private static final String LINE = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";

    @TestHTTPResource("/")
    URL url;
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
    void pushWithoutStatsIsUnavailable() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> ingest.push(batch(newStream("www.example.org"), 0, LINE)));

        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals("stats could not commit the batch: UNAVAILABLE (io exception)", e.getStatus().getDescription());
    }

    @Test
    void handshakeWithoutStatsIsUnavailableAndAnswersNothing() throws Exception {
        ShipCall call = ingest.ship().send(open(newStream("www.example.org"), "combined"));

        assertEquals(Status.Code.UNAVAILABLE, call.awaitEnd().getCode());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void notReadyWithoutStats() throws Exception {
        assertEquals(503, ingest.get("q/health/ready"));
    }

    @Test
    void aliveWithoutStats() throws Exception {
        assertEquals(200, ingest.get("q/health/live"));
    }
}
