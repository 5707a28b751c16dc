package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.SITE;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static io.hitstream.agent.follow.FollowerRun.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a follower ships when it starts: rotated files on a first start, and after a restart what it had not finished. */
class BackfillAndRestartTest {

    private static final FollowSettings BACKFILLING = new FollowSettings(QUICK.limits(), QUICK.window(), QUICK.linger(),
            QUICK.pollInterval(), QUICK.idleTimeout(), QUICK.rotationGrace(), QUICK.rotatedWatch(), QUICK.ackTimeout(), true, QUICK.retry());

    @TempDir
    Path dir;

    private LoopbackIngestServer server;
    private LedgerIngestService ledger;
    private Path log;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackIngestServer();
        ledger = server.service();
        log = dir.resolve("access.log");
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void backfillShipsRotatedFilesOldestFirstCompressedOrNotThenTheLiveOne() throws Exception {
        LogLines.gzip(dir.resolve("access.log.3.gz"), LogLines.lines(0, 30));
        LogLines.gzip(dir.resolve("access.log.2.gz"), LogLines.lines(30, 60));
        LogLines.append(dir.resolve("access.log.1"), LogLines.lines(60, 90));
        LogLines.append(log, LogLines.lines(90, 120));
        Files.writeString(dir.resolve("access.log.old"), "not a rotated log of this path\n");

        try (FollowerRun run = follow(BACKFILLING, StateFile.inMemory())) {
            awaitStored(ledger, SITE, LogLines.lines(0, 120));
        }

        assertEquals(LogLines.lines(0, 120), ledger.storedOfSite(SITE));
        assertEquals(4, ledger.streamsOfSite(SITE).size());
    }

    @Test
    void withoutBackfillOnlyTheLiveFileIsShipped() throws Exception {
        LogLines.gzip(dir.resolve("access.log.2.gz"), LogLines.lines(0, 30));
        LogLines.append(dir.resolve("access.log.1"), LogLines.lines(30, 60));
        LogLines.append(log, LogLines.lines(60, 90));

        try (FollowerRun run = follow(QUICK, StateFile.inMemory())) {
            awaitStored(ledger, SITE, LogLines.lines(60, 90));
        }

        assertEquals(LogLines.lines(60, 90), ledger.storedOfSite(SITE));
    }

    @Test
    void restartedFollowerFinishesTheFileRotatedWhileItWasDownThenGoesOn() throws Exception {
        Path stateFile = dir.resolve("state/state.json");
        ledger.delayAcks(Duration.ofMillis(20));
        LogLines.append(log, LogLines.lines(0, 3000));
        try (FollowerRun first = follow(QUICK, StateFile.load(stateFile))) {
            Eventually.until(() -> ledger.storedOfSite(SITE).length() > LogLines.lines(0, 500).length(),
                    () -> ledger.storedOfSite(SITE).length() + " bytes stored");
        }
        int storedWhenStopped = ledger.storedOfSite(SITE).length();
        Files.move(log, dir.resolve("access.log.1"));
        LogLines.gzip(dir.resolve("access.log.2.gz"), "an older rotated file, shipped before and not again\n");
        LogLines.append(log, LogLines.lines(3000, 3500));

        try (FollowerRun second = follow(BACKFILLING, StateFile.load(stateFile))) {
            awaitStored(ledger, SITE, LogLines.lines(0, 3500));
        }

        assertEquals(LogLines.lines(0, 3500), ledger.storedOfSite(SITE));
        assertEquals(2, ledger.streamsOfSite(SITE).size());
        assertTrue(storedWhenStopped < LogLines.lines(0, 3000).length(), "stopped in the middle of the file");
    }

    @Test
    void restartedFollowerGoesOnWithTheSameLiveFile() throws Exception {
        Path stateFile = dir.resolve("state.json");
        LogLines.append(log, LogLines.lines(0, 100));
        try (FollowerRun first = follow(QUICK, StateFile.load(stateFile))) {
            awaitStored(ledger, SITE, LogLines.lines(0, 100));
        }
        LogLines.append(log, LogLines.lines(100, 200));

        try (FollowerRun second = follow(QUICK, StateFile.load(stateFile))) {
            awaitStored(ledger, SITE, LogLines.lines(0, 200));
        }

        assertEquals(LogLines.lines(0, 200), ledger.storedOfSite(SITE));
        assertEquals(1, ledger.streamsOfSite(SITE).size());
    }

    private FollowerRun follow(FollowSettings settings, StateFile state) throws IOException {
        return FollowerRun.start(List.of(server.address()), settings, state, List.of(stream(SITE, log)));
    }
}
