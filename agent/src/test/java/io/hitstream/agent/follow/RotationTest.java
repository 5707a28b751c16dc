package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.SITE;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static io.hitstream.agent.follow.FollowerRun.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.StreamCounters;
import io.hitstream.agent.status.StreamStatus;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.proto.common.v1.StreamId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A followed log rotated every way logrotate and web servers do it, while being written: every line arrives once. */
class RotationTest {

    private static final int LINES = 6000;

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
    void renameRotationUnderContinuousWritesDeliversEveryLineOnce() throws Exception {
        String expected;
        try (FollowerRun run = follow(QUICK); ContinuousWriter writer = new ContinuousWriter(log, LINES)) {
            for (int rotation = 1; rotation <= 3; rotation++) {
                writer.awaitWritten(rotation * LINES / 4);
                shiftRotated();
                Files.move(log, dir.resolve("access.log.1"));
            }
            expected = writer.expected();
            writer.close();
            awaitStored(ledger, SITE, expected);
        }

        assertEquals(expected, ledger.storedOfSite(SITE));
        assertEquals(4, ledger.streamsOfSite(SITE).size());
        assertEquals(0, ledger.unterminatedBatches());
    }

    @Test
    void copyTruncateRotationDeliversEveryLineOnce() throws Exception {
        String expected;
        try (FollowerRun run = follow(QUICK); ContinuousWriter writer = new ContinuousWriter(log, LINES)) {
            for (int rotation = 1; rotation <= 2; rotation++) {
                writer.awaitWritten(rotation * LINES / 3);
                // Lines written between the copy and the truncation are lost by copytruncate itself, so the writer waits.
                writer.paused(() -> {
                    shiftRotated();
                    Files.copy(log, dir.resolve("access.log.1"));
                    try (FileChannel live = FileChannel.open(log, StandardOpenOption.WRITE)) {
                        live.truncate(0);
                    }
                    return null;
                });
            }
            expected = writer.expected();
            writer.close();
            awaitStored(ledger, SITE, expected);
        }

        assertEquals(expected, ledger.storedOfSite(SITE));
        assertEquals(3, ledger.streamsOfSite(SITE).size());
    }

    @Test
    void copyTruncateThatRegrowsPastTheReadPositionBeforeTheNextLookShipsTheNewFileFromItsStart() throws Exception {
        String before = LogLines.lines(0, 10);
        String after = LogLines.lines(100, 140);
        try (FollowerRun run = follow(QUICK)) {
            LogLines.append(log, before);
            awaitStored(ledger, SITE, before);
            Files.copy(log, dir.resolve("access.log.1"));
            // Truncation and the new lines in one write: no look can see the file shorter than what was read.
            Files.writeString(log, after, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            awaitStored(ledger, SITE, before + after);
        }

        assertEquals(before + after, ledger.storedOfSite(SITE));
        List<StreamId> streams = ledger.streamsOfSite(SITE);
        assertEquals(2, streams.size());
        assertEquals(after.length(), ledger.committed(streams.get(1)));
        assertEquals(before.length(), ledger.committed(streams.get(0)));
    }

    @Test
    void deleteAndRecreateUnderContinuousWritesDeliversEveryLineOnce() throws Exception {
        String expected;
        try (FollowerRun run = follow(QUICK); ContinuousWriter writer = new ContinuousWriter(log, LINES)) {
            for (int deletion = 1; deletion <= 2; deletion++) {
                writer.awaitWritten(deletion * LINES / 3);
                Files.delete(log);
            }
            expected = writer.expected();
            writer.close();
            awaitStored(ledger, SITE, expected);
        }

        assertEquals(expected, ledger.storedOfSite(SITE));
        assertEquals(3, ledger.streamsOfSite(SITE).size());
    }

    @Test
    void partialLastLineIsShippedOnlyOnceComplete() throws Exception {
        String complete = LogLines.lines(0, 2);
        String lineStart = "192.0.2.9 - - [21/Nov/2026:10:00:00 +0000] \"GET /par";
        String lineEnd = "tial HTTP/1.1\" 200 1 \"-\" \"x\"\n";
        String expected = complete + lineStart + lineEnd + LogLines.line(3);
        try (FollowerRun run = follow(QUICK)) {
            LogLines.append(log, complete + lineStart);
            awaitStored(ledger, SITE, complete);
            LogLines.append(log, lineEnd + LogLines.line(3));
            awaitStored(ledger, SITE, expected);
        }

        assertEquals(expected, ledger.storedOfSite(SITE));
        assertEquals(0, ledger.unterminatedBatches());
    }

    @Test
    void linesWrittenIntoARotatedFileLongAfterTheRotationGraceAreShippedToItsEnd() throws Exception {
        Path rotated = dir.resolve("access.log.1");
        try (FollowerRun run = follow(QUICK)) {
            LogLines.append(log, LogLines.lines(0, 5));
            awaitStored(ledger, SITE, LogLines.lines(0, 5));
            try (FileChannel server = FileChannel.open(log, StandardOpenOption.APPEND)) {
                Files.move(log, rotated);
                LogLines.append(log, LogLines.lines(5, 10));
                awaitStored(ledger, SITE, LogLines.lines(0, 10));
                Thread.sleep(5 * QUICK.rotationGrace().toMillis());
                server.write(StandardCharsets.UTF_8.encode(LogLines.lines(10, 15)));
                awaitStored(ledger, SITE, LogLines.lines(0, 15));
            }
            LogLines.append(log, LogLines.lines(15, 20));
            awaitStored(ledger, SITE, LogLines.lines(0, 20));
        }

        List<StreamId> streams = ledger.streamsOfSite(SITE);
        assertEquals(2, streams.size());
        assertEquals(LogLines.lines(0, 5) + LogLines.lines(10, 15), ledger.stored(streams.get(0)));
        assertEquals(Files.size(rotated), ledger.committed(streams.get(0)));
        assertEquals(LogLines.lines(5, 10) + LogLines.lines(15, 20), ledger.stored(streams.get(1)));
        assertEquals(Files.size(log), ledger.committed(streams.get(1)));
    }

    @Test
    void rotatedFileClosedAfterItsWatchWithALastLineWithoutItsNewlineCountsItInTheStatus() throws Exception {
        String partial = "192.0.2.9 - - [21/Nov/2026:10:00:00 +0000] \"GET /never-finished";
        FollowSettings shortWatch = new FollowSettings(QUICK.limits(), QUICK.window(), QUICK.linger(),
                QUICK.pollInterval(), QUICK.idleTimeout(), QUICK.rotationGrace(), Duration.ofMillis(300),
                QUICK.ackTimeout(), false, QUICK.retry());
        StreamStatus status;
        try (FollowerRun run = follow(shortWatch)) {
            LogLines.append(log, LogLines.lines(0, 5) + partial);
            awaitStored(ledger, SITE, LogLines.lines(0, 5));
            Files.move(log, dir.resolve("access.log.1"));
            LogLines.append(log, LogLines.lines(5, 10));
            awaitStored(ledger, SITE, LogLines.lines(0, 10));
            StreamCounters counters = run.followers().counters().get(0);
            Eventually.until(() -> counters.snapshot(System.nanoTime()).notices() != null,
                    () -> counters.snapshot(System.nanoTime()).toString());
            status = counters.snapshot(System.nanoTime());
        }

        assertEquals(List.of(log + " was closed after rotation with " + partial.length() + " bytes unread (a last line "
                + "without its newline, or lines written into it more than follow.rotated-watch after it was last "
                + "written); they were not shipped"), status.notices());
        assertEquals(partial.length(), status.bytesUnread());
        assertEquals(LogLines.lines(0, 10), ledger.storedOfSite(SITE));
    }

    @Test
    void fileThatDoesNotExistYetIsWaitedFor() throws Exception {
        try (FollowerRun run = follow(QUICK)) {
            StreamFollowers followers = run.followers();
            Eventually.until(() -> followers.counters().get(0).state().equals("waiting for " + log),
                    () -> followers.counters().get(0).state());
            LogLines.append(log, LogLines.lines(0, 5));
            awaitStored(ledger, SITE, LogLines.lines(0, 5));
        }

        assertEquals(LogLines.lines(0, 5), ledger.storedOfSite(SITE));
    }

    @Test
    void idleFileIsClosedAndOpenedAgainAndGoesOn() throws Exception {
        FollowSettings quicklyIdle = new FollowSettings(QUICK.limits(), QUICK.window(), QUICK.linger(),
                QUICK.pollInterval(), Duration.ofMillis(200), QUICK.rotationGrace(), QUICK.rotatedWatch(), QUICK.ackTimeout(),
                false, QUICK.retry());
        try (FollowerRun run = follow(quicklyIdle)) {
            LogLines.append(log, LogLines.lines(0, 10));
            awaitStored(ledger, SITE, LogLines.lines(0, 10));
            int handshakes = ledger.handshakes();
            Eventually.until(() -> ledger.handshakes() >= handshakes + 2, () -> ledger.handshakes() + " handshakes");
            LogLines.append(log, LogLines.lines(10, 20));
            awaitStored(ledger, SITE, LogLines.lines(0, 20));
        }

        assertEquals(LogLines.lines(0, 20), ledger.storedOfSite(SITE));
        assertEquals(1, ledger.streamsOfSite(SITE).size());
    }

    private FollowerRun follow(FollowSettings settings) throws IOException {
        return FollowerRun.start(List.of(server.address()), settings, StateFile.inMemory(), List.of(stream(SITE, log)));
    }

    /** access.log.1 becomes access.log.2, as logrotate shifts the older files before renaming the live one. */
    private void shiftRotated() throws IOException {
        Path first = dir.resolve("access.log.1");
        if (Files.exists(first)) {
            Files.move(first, dir.resolve("access.log.2"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
