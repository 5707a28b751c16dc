package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.BearerToken;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.agent.wire.SelfSignedCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client side of ingest's security, against a server with a self-signed certificate that requires a token. */
class TlsAndTokenTest {

    private static final String TOKEN = "a-test-token-0123456789";
    private static final FollowSettings SETTINGS = AgentConfigFile.followSettings(10, 1024, 4);

    @TempDir
    Path dir;

    private SelfSignedCertificate certificate;
    private LoopbackIngestServer server;
    private Path file;

    @BeforeEach
    void start() throws Exception {
        certificate = SelfSignedCertificate.generate(dir);
        server = new LoopbackIngestServer(new LedgerIngestService(), 0, Optional.of(certificate.serverContext()),
                Optional.of(TOKEN));
        file = Files.writeString(dir.resolve("access.log"), "one\ntwo\n");
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void tlsTrustingTheCaFileWithTheTokenShipsTheFile() throws Exception {
        ChannelSettings settings = new ChannelSettings(true, Optional.of(certificate.pem()), Optional.of(BearerToken.of(TOKEN)));

        ShipResult result = ship(settings);

        assertEquals(new ShipResult(file, 2, 8, 2, 0, 0, 0), result);
        assertEquals("one\ntwo\n", server.service().storedOfSite("www.example.org"));
    }

    @Test
    void callWithoutTheTokenIsRefusedAsUnauthenticated() {
        ChannelSettings settings = new ChannelSettings(true, Optional.of(certificate.pem()), Optional.empty());

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(settings));

        assertEquals("ingest refused " + file + ": UNAUTHENTICATED: missing or unknown bearer token", failure.getMessage());
    }

    @Test
    void wrongTokenIsRefusedAsUnauthenticated() {
        ChannelSettings settings = new ChannelSettings(true, Optional.of(certificate.pem()), Optional.of(BearerToken.of("wrong")));

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(settings));

        assertEquals("ingest refused " + file + ": UNAUTHENTICATED: missing or unknown bearer token", failure.getMessage());
    }

    @Test
    void certificateNotTrustedFailsTheConnection() {
        ChannelSettings jvmTrustStore = new ChannelSettings(true, Optional.empty(), Optional.of(BearerToken.of(TOKEN)));

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(jvmTrustStore));

        assertTrue(failure.getMessage().startsWith("cannot reach ingest at " + server.address() + ": "), failure.getMessage());
    }

    @Test
    void plaintextToATlsServerFailsTheConnection() {
        ChannelSettings plaintext = new ChannelSettings(false, Optional.empty(), Optional.of(BearerToken.of(TOKEN)));

        StreamFailure failure = assertThrows(StreamFailure.class, () -> ship(plaintext));

        assertTrue(failure.getMessage().startsWith("cannot reach ingest at " + server.address() + ": "), failure.getMessage());
    }

    @Test
    void fileThatHoldsNoCertificateIsRefusedNamingIt() throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
        ChannelSettings settings = new ChannelSettings(true, Optional.of(notPem), Optional.empty());

        IOException refused = assertThrows(IOException.class, () -> settings.channelTo(server.address()));

        assertEquals(notPem + ": not a PEM file of CA certificates", refused.getMessage());
    }

    private ShipResult ship(ChannelSettings settings) throws Exception {
        try (IngestChannels channels = new IngestChannels(List.of(server.address()), settings)) {
            StreamSpec stream = new StreamSpec("www.example.org", "web-01", "combined", file, Optional.empty());
            return new FileShipper(channels.stub(0), channels.address(0), SETTINGS, new ShipProgress() { }, stream).ship();
        }
    }
}
