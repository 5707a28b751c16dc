package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.proto.common.v1.StreamId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot ship tried again after failures that can pass, and only after those. */
class ShipAttemptsTest {

    private static final FollowSettings TEN_LINE_BATCHES = AgentConfigFile.followSettings(10, 4096, 2);
    private static final String LINES = IntStream.rangeClosed(1, 2000).mapToObj(n -> "line " + n + "\n")
            .collect(Collectors.joining());

    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();

    @Test
    void ingestRestartedInTheMiddleIsResumedWithEveryLineStoredAndCountedOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("access.log"), LINES);
        LedgerIngestService ledger = new LedgerIngestService();
        ledger.delayAcks(Duration.ofMillis(2));
        LoopbackIngestServer first = new LoopbackIngestServer(ledger, 0, Optional.empty(), Optional.empty());
        int port = first.port();
        try (IngestChannels channels = new IngestChannels(List.of(first.address()), ChannelSettings.PLAINTEXT)) {
            CompletableFuture<ShipResult> shipping = CompletableFuture.supplyAsync(() -> ship(channels, file,
                    Duration.ofMinutes(1)));
            awaitCommitted(ledger, file, 1000);
            first.close();
            Thread.sleep(300);
            try (LoopbackIngestServer second = new LoopbackIngestServer(ledger, port, Optional.empty(), Optional.empty())) {
                ShipResult result = shipping.get(60, TimeUnit.SECONDS);

                assertEquals(LINES, ledger.stored(streamOf(file)));
                assertEquals(2000, result.lines());
                assertEquals(LINES.length(), result.bytes());
                assertEquals(2000, result.accepted() + result.alreadyCommitted(), result.toString());
                assertEquals(0, result.rejected());
                assertTrue(!said.isEmpty() && said.get(0).contains("; trying again in "), said.toString());
            }
        }
    }

    @Test
    void refusalIsNotTriedAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("access.log"), LINES);
        try (LoopbackIngestServer server = new LoopbackIngestServer();
                IngestChannels channels = new IngestChannels(List.of(server.address()), ChannelSettings.PLAINTEXT)) {
            StreamSpec unknownFormat = new StreamSpec("www.example.org", "web-01", "nope", file, Optional.empty());
            ShipAttempts attempts = new ShipAttempts(TEN_LINE_BATCHES.retry(), Duration.ofMinutes(1), said::add,
                    new SplittableRandom(1));

            StreamFailure failure = assertThrows(StreamFailure.class, () -> attempts.ship(new FileShipper(channels.stub(0),
                    channels.address(0), TEN_LINE_BATCHES, new ShipProgress() { }, unknownFormat)));

            assertEquals("ingest refused " + file + ": INVALID_ARGUMENT: unknown format: nope", failure.getMessage());
            assertEquals(List.of(), said);
        }
    }

    private ShipResult ship(IngestChannels channels, Path file, Duration retryFor) {
        ShipAttempts attempts = new ShipAttempts(TEN_LINE_BATCHES.retry(), retryFor, said::add, new SplittableRandom(1));
        try {
            return attempts.ship(new FileShipper(channels.stub(0), channels.address(0), TEN_LINE_BATCHES,
                    new ShipProgress() { }, stream(file)));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitCommitted(LedgerIngestService ledger, Path file, long bytes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ledger.committed(streamOf(file)) < bytes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not committed within 60 s");
            }
            Thread.sleep(5);
        }
    }

    private static StreamSpec stream(Path file) {
        return new StreamSpec("www.example.org", "web-01", "combined", file, Optional.empty());
    }

    private static StreamId streamOf(Path file) throws Exception {
        return StreamId.newBuilder().setHost("web-01").setSite("www.example.org")
                .setFileId(FileIdentity.of(file).orElseThrow()).build();
    }
}
