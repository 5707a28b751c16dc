package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.SITE;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static io.hitstream.agent.follow.FollowerRun.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.agent.wire.ServerAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follower and the ingest it talks to: restarts, other addresses, a slow server, a refusal. */
class ConnectionTest {

    @TempDir
    Path dir;

    @Test
    void serverRestartInTheMiddleMakesTheFollowerReconnectAndResume() throws Exception {
        Path log = dir.resolve("access.log");
        LedgerIngestService ledger = new LedgerIngestService();
        ledger.delayAcks(Duration.ofMillis(2));
        LoopbackIngestServer first = new LoopbackIngestServer(ledger, 0, Optional.empty(), Optional.empty());
        int port = first.port();
        String expected;
        try (FollowerRun run = FollowerRun.start(List.of(first.address()), QUICK, StateFile.inMemory(), List.of(stream(SITE, log)));
                ContinuousWriter writer = new ContinuousWriter(log, 4000)) {
            writer.awaitWritten(1000);
            first.close();
            writer.awaitWritten(2000);
            try (LoopbackIngestServer second = new LoopbackIngestServer(ledger, port, Optional.empty(), Optional.empty())) {
                expected = writer.expected();
                writer.close();
                awaitStored(ledger, SITE, expected);
            }
        }

        assertEquals(expected, ledger.storedOfSite(SITE));
    }

    @Test
    void addressThatDoesNotAnswerIsSkippedForTheNext() throws Exception {
        Path log = dir.resolve("access.log");
        LogLines.append(log, LogLines.lines(0, 100));
        ServerAddress nobody = new ServerAddress("127.0.0.1", freePort());
        try (LoopbackIngestServer server = new LoopbackIngestServer()) {
            try (FollowerRun run = FollowerRun.start(List.of(nobody, server.address()), QUICK, StateFile.inMemory(),
                    List.of(stream(SITE, log)))) {
                awaitStored(server.service(), SITE, LogLines.lines(0, 100));
            }

            assertEquals(LogLines.lines(0, 100), server.service().storedOfSite(SITE));
        }
    }

    @Test
    void slowServerNeverHasMoreThanTheWindowUnacknowledged() throws Exception {
        Path log = dir.resolve("access.log");
        LogLines.append(log, LogLines.lines(0, 60));
        FollowSettings oneLineBatchesWindowOfThree = new FollowSettings(new BatchLimits(1, 1024), 3, QUICK.linger(),
                QUICK.pollInterval(), QUICK.idleTimeout(), QUICK.rotationGrace(), QUICK.rotatedWatch(), QUICK.ackTimeout(), false, QUICK.retry());
        try (LoopbackIngestServer server = new LoopbackIngestServer()) {
            server.service().delayAcks(Duration.ofMillis(20));
            try (FollowerRun run = FollowerRun.start(List.of(server.address()), oneLineBatchesWindowOfThree,
                    StateFile.inMemory(), List.of(stream(SITE, log)))) {
                awaitStored(server.service(), SITE, LogLines.lines(0, 60));
            }

            assertEquals(LogLines.lines(0, 60), server.service().storedOfSite(SITE));
            assertEquals(3, server.service().mostUnacknowledged());
        }
    }

    @Test
    void busyServerAnsweringSteadilyKeepsTheCallAlthoughTheLastOfTheWindowWaitsLongerThanTheAckTimeout()
            throws Exception {
        Path log = dir.resolve("access.log");
        LogLines.append(log, LogLines.lines(0, 12));
        FollowSettings windowOfFourAckTimeout500ms = new FollowSettings(new BatchLimits(1, 1024), 4, QUICK.linger(),
                QUICK.pollInterval(), QUICK.idleTimeout(), QUICK.rotationGrace(), QUICK.rotatedWatch(),
                Duration.ofMillis(500), false, QUICK.retry());
        try (LoopbackIngestServer server = new LoopbackIngestServer()) {
            server.service().queueAcks(Duration.ofMillis(200));
            try (FollowerRun run = FollowerRun.start(List.of(server.address()), windowOfFourAckTimeout500ms,
                    StateFile.inMemory(), List.of(stream(SITE, log)))) {
                awaitStored(server.service(), SITE, LogLines.lines(0, 12));
            }

            assertEquals(LogLines.lines(0, 12), server.service().storedOfSite(SITE));
            assertEquals(1, server.service().handshakes());
        }
    }

    @Test
    void siteTheServerRefusesStopsItsFollowerWithTheReason() throws Exception {
        Path log = dir.resolve("access.log");
        LogLines.append(log, LogLines.lines(0, 10));
        try (LoopbackIngestServer server = new LoopbackIngestServer();
                IngestChannels channels = new IngestChannels(List.of(server.address()), ChannelSettings.PLAINTEXT)) {
            server.service().refuseSite(SITE);
            try (StreamFollowers followers = StreamFollowers.start(List.of(stream(SITE, log)), QUICK, channels,
                    StateFile.inMemory(), Optional.empty(), Duration.ZERO)) {

                assertEquals(List.of(log + ": ingest at " + server.address() + " refused site " + SITE
                        + ": PERMISSION_DENIED: this token may not write site '" + SITE + "'"), followers.awaitFailures());
                assertEquals("failed: ingest at " + server.address() + " refused site " + SITE
                        + ": PERMISSION_DENIED: this token may not write site '" + SITE + "'",
                        followers.counters().get(0).state());
            }
            assertEquals("", server.service().storedOfSite(SITE));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
