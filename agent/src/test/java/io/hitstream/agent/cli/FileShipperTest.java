package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.config.AgentConfig;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.agent.wire.ServerAddress;
import io.hitstream.agent.wire.WindowWatch;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot ship of one file against a loopback ingest: what arrives, with which offsets, and its summary. */
class FileShipperTest {

    /** Ten lines of 6 to 15 bytes, 105 in all; where each ends is told by {@link #endOfLine}. */
    private static final String TEN_LINES = "l01 a\nl02 bb\nl03 ccc\nl04 dddd\nl05 eeeee\nl06 ffffff\n"
            + "l07 ggggggg\nl08 hhhhhhhh\nl09 iiiiiiiii\nl10 jjjjjjjjjj\n";
    private static final FollowSettings THREE_LINE_BATCHES = AgentConfigFile.followSettings(3, 1024, 8);

    @TempDir
    Path dir;

    private LoopbackIngestServer server;
    private LedgerIngestService ingest;
    private IngestChannels channels;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackIngestServer();
        ingest = server.service();
        channels = new IngestChannels(List.of(server.address()), ChannelSettings.PLAINTEXT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        channels.close();
        server.close();
    }

    @Test
    void everyLineArrivesOnceWithExactOffsets() throws Exception {
        Path file = write("access.log", TEN_LINES);

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals(TEN_LINES, ingest.stored(streamOf(file)));
        assertEquals(List.of(
                "0-" + endOfLine(3) + " BATCH_STATUS_COMMITTED " + endOfLine(3),
                endOfLine(3) + "-" + endOfLine(6) + " BATCH_STATUS_COMMITTED " + endOfLine(6),
                endOfLine(6) + "-" + endOfLine(9) + " BATCH_STATUS_COMMITTED " + endOfLine(9),
                endOfLine(9) + "-" + endOfLine(10) + " BATCH_STATUS_COMMITTED " + endOfLine(10)), ingest.answers());
        assertEquals(new ShipResult(file, 10, 105, 10, 0, 0, 0), result);
    }

    @Test
    void shippingTheSameFileAgainSendsNothingAndReportsEveryLineCommitted() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ship(file, THREE_LINE_BATCHES);

        ShipResult again = ship(file, THREE_LINE_BATCHES);

        assertEquals(4, ingest.answers().size());
        assertEquals(TEN_LINES, ingest.stored(streamOf(file)));
        assertEquals(new ShipResult(file, 10, 105, 0, 0, 10, 0), again);
    }

    @Test
    void renamedFileResumesWhereItsContentWasCommitted() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ship(file, THREE_LINE_BATCHES);
        Path rotated = Files.move(file, dir.resolve("access.log.1"));

        ShipResult again = ship(rotated, THREE_LINE_BATCHES);

        assertEquals(new ShipResult(rotated, 10, 105, 0, 0, 10, 0), again);
    }

    @Test
    void shippingResumesAtACommittedOffsetInTheMiddle() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ingest.commitEarlier(streamOf(file), endOfLine(4));

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals(TEN_LINES.substring((int) endOfLine(4)), ingest.stored(streamOf(file)));
        assertEquals(endOfLine(4) + "-" + endOfLine(7) + " BATCH_STATUS_COMMITTED " + endOfLine(7), ingest.answers().get(0));
        assertEquals(new ShipResult(file, 10, 105, 6, 0, 4, 0), result);
    }

    @Test
    void outOfOrderAnswerMakesTheAgentResumeFromTheServersCommittedOffset() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ingest.commitEarlier(streamOf(file), endOfLine(2));
        ingest.answerHandshakesWithZero();

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals(List.of(
                "0-" + endOfLine(3) + " BATCH_STATUS_OUT_OF_ORDER " + endOfLine(2),
                endOfLine(3) + "-" + endOfLine(6) + " BATCH_STATUS_OUT_OF_ORDER " + endOfLine(2),
                endOfLine(6) + "-" + endOfLine(9) + " BATCH_STATUS_OUT_OF_ORDER " + endOfLine(2),
                endOfLine(9) + "-" + endOfLine(10) + " BATCH_STATUS_OUT_OF_ORDER " + endOfLine(2),
                endOfLine(2) + "-" + endOfLine(5) + " BATCH_STATUS_COMMITTED " + endOfLine(5),
                endOfLine(5) + "-" + endOfLine(8) + " BATCH_STATUS_COMMITTED " + endOfLine(8),
                endOfLine(8) + "-" + endOfLine(10) + " BATCH_STATUS_COMMITTED " + endOfLine(10)), ingest.answers());
        assertEquals(TEN_LINES.substring((int) endOfLine(2)), ingest.stored(streamOf(file)));
        assertEquals(new ShipResult(file, 10, 105, 8, 0, 2, 0), result);
    }

    @Test
    void rejectedLinesAreCountedApart() throws Exception {
        Path file = write("access.log", "good 1\njunk 2\ngood 3\njunk 4\njunk 5\n");

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals(new ShipResult(file, 5, 35, 2, 3, 0, 0), result);
    }

    @Test
    void finalLineWithoutNewlineIsNotShipped() throws Exception {
        Path file = write("access.log", "one\ntwo\nthree, still being writ");

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals("one\ntwo\n", ingest.stored(streamOf(file)));
        assertEquals(new ShipResult(file, 2, 8, 2, 0, 0, 23), result);
    }

    @Test
    void gzipFileIsShippedWithOffsetsOfItsDecompressedContent() throws Exception {
        Path file = dir.resolve("access.log.2.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(TEN_LINES.getBytes(StandardCharsets.UTF_8));
        }

        ShipResult result = ship(file, THREE_LINE_BATCHES);

        assertEquals(TEN_LINES, ingest.stored(streamOf(file)));
        assertEquals(105, ingest.committed(streamOf(file)));
        assertEquals(new ShipResult(file, 10, 105, 10, 0, 0, 0), result);
    }

    @Test
    void atMostTheWindowOfBatchesIsUnacknowledged() throws Exception {
        Path file = write("access.log", "1\n2\n3\n4\n5\n6\n");
        ingest.holdAcksUntil(2);
        WindowWatch watch = new WindowWatch();
        ManagedChannel channel = NettyChannelBuilder.forAddress(server.address().host(), server.address().port())
                .usePlaintext().intercept(watch).build();
        FollowSettings windowOfTwo = AgentConfigFile.followSettings(1, 1024, 2);
        try {
            IngestServiceGrpc.IngestServiceStub stub = IngestServiceGrpc.newStub(channel);
            new FileShipper(stub, server.address(), windowOfTwo, new ShipProgress() { }, stream(file, "combined")).ship();
        } finally {
            channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }

        assertEquals(2, watch.mostUnacknowledged());
        assertEquals("1\n2\n3\n4\n5\n6\n", ingest.stored(streamOf(file)));
    }

    @Test
    void unknownFormatIsRefusedWithTheServersReason() throws Exception {
        Path file = write("access.log", TEN_LINES);

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(stream(file, "nope"), THREE_LINE_BATCHES));

        assertEquals("ingest refused " + file + ": INVALID_ARGUMENT: unknown format: nope", failure.getMessage());
    }

    @Test
    void unreachableServerFailsWithTheAddress() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ServerAddress nobody = new ServerAddress("127.0.0.1", freePort());
        try (IngestChannels toNobody = new IngestChannels(List.of(nobody), ChannelSettings.PLAINTEXT)) {
            StreamFailure failure = assertThrows(StreamFailure.class, () -> new FileShipper(toNobody.stub(0), nobody,
                    THREE_LINE_BATCHES, new ShipProgress() { }, stream(file, "combined")).ship());

            assertTrue(failure.getMessage().startsWith("cannot reach ingest at " + nobody + ": "), failure.getMessage());
        }
    }

    @Test
    void unansweredBatchFailsSayingIngestDidNotTakeTheFile() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ingest.holdAcksUntil(100);
        FollowSettings quarterSecondAcks = AgentConfigFile.followSettings(
                new AgentConfig.Batch(3, 1024, null, 8, Duration.ofMillis(250)),
                new AgentConfig.Follow(null, null, null, null, null), new AgentConfig.Retry(null, null, null, null));

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(file, quarterSecondAcks));

        assertTrue(failure.getMessage().startsWith("ingest at " + server.address() + " did not take " + file
                + ": DEADLINE_EXCEEDED"), failure.getMessage());
    }

    @Test
    void committedOffsetInsideALineIsRefused() throws Exception {
        Path file = write("access.log", TEN_LINES);
        ingest.commitEarlier(streamOf(file), 3);

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(file, THREE_LINE_BATCHES));

        assertEquals("ingest's committed offset 3 does not fit " + file
                + ": offset 3 is not at the start of a line (was the file rewritten?)", failure.getMessage());
    }

    /** Offset just past line {@code n} (1-based) of {@link #TEN_LINES}. */
    private static long endOfLine(int n) {
        int end = 0;
        for (int i = 0; i < n; i++) {
            end = TEN_LINES.indexOf('\n', end) + 1;
        }
        return end;
    }

    private ShipResult ship(Path file, FollowSettings settings) throws InterruptedException {
        return ship(stream(file, "combined"), settings);
    }

    private ShipResult ship(StreamSpec stream, FollowSettings settings) throws InterruptedException {
        return new FileShipper(channels.stub(0), channels.address(0), settings, new ShipProgress() { }, stream).ship();
    }

    private static StreamSpec stream(Path file, String format) {
        return new StreamSpec("www.example.org", "web-01", format, file, Optional.empty());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static StreamId streamOf(Path file) throws IOException {
        return StreamId.newBuilder().setHost("web-01").setSite("www.example.org")
                .setFileId(FileIdentity.of(file).orElseThrow()).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
