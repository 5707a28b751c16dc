package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.SITE;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static io.hitstream.agent.follow.FollowerRun.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.StreamStatus;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch ingest refuses: the follower goes on past it only when ingest accounted for its bytes, and never loops. */
class RefusedBatchTest {

    private static final String REFUSED_LINE = "unusable line\n";

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
    void refusedBatchWhoseBytesIngestCommittedIsCountedNoticedAndPassedOnce() throws Exception {
        ledger.refuseBatchesHolding("unusable", true);
        String before = LogLines.lines(0, 10);
        String after = LogLines.lines(10, 20);
        StreamStatus status;
        try (FollowerRun run = follow()) {
            LogLines.append(log, before);
            awaitStored(ledger, SITE, before);
            LogLines.append(log, REFUSED_LINE);
            Eventually.until(() -> refusals() == 1, () -> ledger.answers().toString());
            LogLines.append(log, after);
            awaitStored(ledger, SITE, before + after);
            Eventually.until(() -> run.followers().counters().get(0).snapshot(System.nanoTime()).linesAcknowledged() == 21,
                    () -> run.followers().counters().get(0).snapshot(System.nanoTime()).toString());
            status = run.followers().counters().get(0).snapshot(System.nanoTime());
        }

        long refusedEnd = before.length() + REFUSED_LINE.length();
        assertEquals(before + after, ledger.storedOfSite(SITE));
        assertEquals(refusedEnd + after.length(), ledger.committed(ledger.streamsOfSite(SITE).get(0)));
        assertEquals(1, refusals());
        assertEquals(1, status.linesRefused());
        assertEquals(List.of("1 lines (bytes " + before.length() + "-" + refusedEnd
                + ") refused by ingest, counted there as rejected: the batch holds unusable"), status.notices());
    }

    @Test
    void refusedBatchIngestCommittedNothingOfStopsTheStreamWithTheReasonInsteadOfLooping() throws Exception {
        ledger.refuseBatchesHolding("unusable", false);
        String before = LogLines.lines(0, 10);
        List<String> failures;
        try (FollowerRun run = follow()) {
            LogLines.append(log, before);
            awaitStored(ledger, SITE, before);
            LogLines.append(log, REFUSED_LINE);
            failures = run.followers().awaitFailures();
        }

        assertEquals(List.of(log + ": ingest refused bytes " + before.length() + "-"
                + (before.length() + REFUSED_LINE.length()) + " of " + log
                + " and committed none of them: the batch holds unusable"), failures);
        assertEquals(1, refusals());
        assertEquals(before, ledger.storedOfSite(SITE));
    }

    private long refusals() {
        return ledger.answers().stream().filter(answer -> answer.contains("REFUSED")).count();
    }

    private FollowerRun follow() throws IOException {
        return FollowerRun.start(List.of(server.address()), QUICK, StateFile.inMemory(), List.of(stream(SITE, log)));
    }
}
