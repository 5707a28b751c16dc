package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.SITE;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.LoopbackIngestServer;
import io.hitstream.proto.common.v1.StreamId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A followed W3C log resumed in its middle is opened with the columns in force there. */
class W3cFollowTest {

    private static final String FIELDS = "#Fields: date time c-ip cs-method cs-uri-stem sc-status";
    private static final String HEAD = "#Software: Microsoft Internet Information Services 10.0\n" + FIELDS + "\n"
            + "2026-11-21 10:00:00 192.0.2.1 GET /a 200\n";
    private static final String TAIL = "2026-11-21 10:00:01 192.0.2.2 GET /b 200\n";

    @TempDir
    Path dir;

    @Test
    void followerResumingAW3cLogOpensItsStreamWithTheLastFieldsLine() throws Exception {
        Path log = dir.resolve("u_ex261121.log");
        LogLines.append(log, HEAD + TAIL);
        StreamId stream = StreamId.newBuilder().setHost("web-01").setSite(SITE)
                .setFileId(FileIdentity.of(log).orElseThrow()).build();
        try (LoopbackIngestServer server = new LoopbackIngestServer()) {
            LedgerIngestService ledger = server.service();
            ledger.commitEarlier(stream, HEAD.length());

            try (FollowerRun run = FollowerRun.start(List.of(server.address()), QUICK, StateFile.inMemory(),
                    List.of(new StreamSpec(SITE, "web-01", "w3c", log, Optional.empty())))) {
                awaitStored(ledger, SITE, TAIL);
            }

            assertEquals(List.of("w3c", FIELDS), ledger.openFormats(stream));
            assertEquals(TAIL, ledger.storedOfSite(SITE));
        }
    }
}
