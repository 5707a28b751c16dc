package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ResolverChunkTest.TwoAddressesPerCall.class)
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class ResolverChunkTest {
    /** A resolver limit of two addresses per call. */
    public static class TwoAddressesPerCall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.ingest.resolve-chunk-size", "2");
        }
    }

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    RecordingResolver resolver;

    @Test
    void aBatchWithMoreAddressesThanOneCallMayHoldIsResolvedInChunksAndEveryAnswerIsUsed() throws Exception {
        StreamId stream = newStream("www.example.org");
        String lines = line("203.0.113.5") + line("198.51.100.9") + line("192.0.2.1");

        try (IngestChannel ingest = new IngestChannel(url)) {
            ingest.push(batch(stream, 0, lines));
        }

        assertEquals(List.of(1, 2), resolver.requestSizes());
        assertEquals(List.of(count("192.0.2.1"), count("example.com"), count("example.net")),
                Aggregates.dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    private static String line(String ip) {
        return ip + " - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"-\"\n";
    }

    private static DailyCount count(String domain) {
        return DailyCount.newBuilder().setLocalDate("2026-11-01").setKey(domain).setHits(1).build();
    }
}
