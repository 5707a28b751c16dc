package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.proto.common.v1.StreamId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A W3C file shipped from the middle is opened with the columns in force there, over a real gRPC channel. */
class W3cResumeTest {

    private static final String FIELDS = "#Fields: date time c-ip cs-method cs-uri-stem sc-status";
    private static final String HEAD = "#Software: Microsoft Internet Information Services 10.0\n" + FIELDS + "\n"
            + "2026-11-21 10:00:00 192.0.2.1 GET /a 200\n";
    private static final String TAIL = "2026-11-21 10:00:01 192.0.2.2 GET /b 200\n"
            + "2026-11-21 10:00:02 192.0.2.3 GET /c 404\n";
    private static final FollowSettings ONE_LINE_BATCHES = AgentConfigFile.followSettings(1, 1024, 8);

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
    void resumedFileIsOpenedWithItsLastFieldsLineAndItsBatchesNameIt() throws Exception {
        Path file = Files.writeString(dir.resolve("u_ex261121.log"), HEAD + TAIL, StandardCharsets.UTF_8);
        ingest.commitEarlier(streamOf(file), HEAD.length());

        ShipResult result = ship(file, ONE_LINE_BATCHES);

        assertEquals(List.of("w3c", FIELDS), ingest.openFormats(streamOf(file)));
        assertEquals(TAIL, ingest.stored(streamOf(file)));
        assertEquals(new ShipResult(file, 5, HEAD.length() + TAIL.length(), 2, 0, 3, 0), result);
    }

    @Test
    void fileShippedFromItsStartIsOpenedOnceWithThePreset() throws Exception {
        Path file = Files.writeString(dir.resolve("u_ex261121.log"), HEAD + TAIL, StandardCharsets.UTF_8);

        ship(file, ONE_LINE_BATCHES);

        assertEquals(List.of("w3c"), ingest.openFormats(streamOf(file)));
        assertEquals(HEAD + TAIL, ingest.stored(streamOf(file)));
    }

    @Test
    void resumedGzipFileIsOpenedWithTheFieldsLineOfItsDecompressedContent() throws Exception {
        Path file = dir.resolve("u_ex261120.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((HEAD + TAIL).getBytes(StandardCharsets.UTF_8));
        }
        ingest.commitEarlier(streamOf(file), HEAD.length());

        ship(file, ONE_LINE_BATCHES);

        assertEquals(List.of("w3c", FIELDS), ingest.openFormats(streamOf(file)));
        assertEquals(TAIL, ingest.stored(streamOf(file)));
    }

    @Test
    void outOfOrderResumeOpensTheStreamAgainWithTheFieldsLineBeforeTheCommittedOffset() throws Exception {
        Path file = Files.writeString(dir.resolve("u_ex261121.log"), HEAD + TAIL, StandardCharsets.UTF_8);
        ingest.commitEarlier(streamOf(file), HEAD.length());
        ingest.answerHandshakesWithZero();
        FollowSettings twoLineBatches = AgentConfigFile.followSettings(2, 1024, 8);

        ShipResult result = ship(file, twoLineBatches);

        assertEquals(List.of("w3c", FIELDS), ingest.openFormats(streamOf(file)));
        assertEquals(TAIL, ingest.stored(streamOf(file)));
        assertEquals(new ShipResult(file, 5, HEAD.length() + TAIL.length(), 2, 0, 3, 0), result);
    }

    private ShipResult ship(Path file, FollowSettings settings) throws InterruptedException {
        StreamSpec w3c = new StreamSpec("www.example.org", "web-01", "w3c", file, Optional.empty());
        return new FileShipper(channels.stub(0), channels.address(0), settings, new ShipProgress() { }, w3c).ship();
    }

    private static StreamId streamOf(Path file) throws IOException {
        return StreamId.newBuilder().setHost("web-01").setSite("www.example.org")
                .setFileId(FileIdentity.of(file).orElseThrow()).build();
    }
}
