package io.hitstream.ingest.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ingest is out of rotation while stats is down, and back in by itself once stats answers: no restart. */
@QuarkusTest
@TestProfile(StatsReadinessTest.StatsComesUp.class)
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "stats"))
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class StatsReadinessTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URL url;
    PeerServers peers;

    /** An application of its own: stats starts during the test. */
    public static class StatsComesUp implements QuarkusTestProfile {
    }

    @Test
    void notReadyWhileStatsIsDownAndReadyOnceItIsUp() throws Exception {
        try (IngestChannel ingest = new IngestChannel(url)) {
            int whileDown = ingest.get("q/health/ready");
            peers.startStats();
            int after = whileDown;
            Instant deadline = Instant.now().plus(LIMIT);
            while (after != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                after = ingest.get("q/health/ready");
            }

            assertEquals(List.of(503, 200), List.of(whileDown, after));
        }
    }
}
