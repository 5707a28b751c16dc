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
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every ingest call needs a known bearer token; without one it ends UNAUTHENTICATED and nothing reaches stats. */
@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class AuthenticationTest {
    private static final String LINE = "203.0.113.5 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";
    private static final String NO_TOKEN = "no authorization metadata: send metadata 'authorization: Bearer <token>'";

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;

    @Test
    void shipWithoutTokenIsUnauthenticatedAndCommitsNothing() throws Exception {
        StreamId stream = newStream("www.example.org");
        Status status;
        List<?> answered;
        try (IngestChannel ingest = IngestChannel.withoutToken(url)) {
            ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(batch(stream, 0, LINE)));
            status = call.awaitEnd();
            answered = call.untaken();
        }

        assertEquals(Status.Code.UNAUTHENTICATED, status.getCode());
        assertEquals(NO_TOKEN, status.getDescription());
        assertEquals(List.of(), answered);
        assertEquals(List.of(), stats.receivedFor(stream));
    }

    @Test
    void pushWithoutTokenIsUnauthenticatedAndCommitsNothing() throws Exception {
        StreamId stream = newStream("www.example.org");

        Status status = pushRefusal(IngestChannel.withoutToken(url), stream);

        assertEquals(Status.Code.UNAUTHENTICATED, status.getCode());
        assertEquals(NO_TOKEN, status.getDescription());
        assertEquals(List.of(), stats.receivedFor(stream));
    }

    @Test
    void unknownTokenIsUnauthenticatedAndCommitsNothing() throws Exception {
        StreamId stream = newStream("www.example.org");

        Status status = pushRefusal(IngestChannel.withToken(url, "a-token-nobody-configured-0000"), stream);

        assertEquals(Status.Code.UNAUTHENTICATED, status.getCode());
        assertEquals("unknown bearer token", status.getDescription());
        assertEquals(List.of(), stats.receivedFor(stream));
    }

    @Test
    void shipWithUnknownTokenIsUnauthenticated() throws Exception {
        StreamId stream = newStream("www.example.org");
        Status status;
        try (IngestChannel ingest = IngestChannel.withToken(url, IngestTokens.WWW_ONLY + "x")) {
            status = ingest.ship().send(open(stream, "combined")).awaitEnd();
        }

        assertEquals(Status.Code.UNAUTHENTICATED, status.getCode());
        assertEquals("unknown bearer token", status.getDescription());
    }

    @Test
    void otherSchemeThanBearerIsUnauthenticated() throws Exception {
        Status status = pushRefusal(IngestChannel.withAuthorization(url, "Basic d3d3OnNlY3JldA=="), newStream("www.example.org"));

        assertEquals(Status.Code.UNAUTHENTICATED, status.getCode());
        assertEquals("authorization metadata is not a bearer token: send metadata 'authorization: Bearer <token>'",
                status.getDescription());
    }

    @Test
    void bearerSchemeIsCaseInsensitive() throws Exception {
        try (IngestChannel ingest = IngestChannel.withAuthorization(url, "bearer " + IngestTokens.EVERY_SITE)) {
            assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ingest.push(batch(newStream("www.example.org"), 0, LINE)).getStatus());
        }
    }

    private static Status pushRefusal(IngestChannel channel, StreamId stream) throws InterruptedException {
        try (IngestChannel ingest = channel) {
            return assertThrows(StatusRuntimeException.class, () -> ingest.push(batch(stream, 0, LINE))).getStatus();
        }
    }
}
