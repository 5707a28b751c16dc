package io.hitstream.agent.follow;

import static io.hitstream.agent.follow.FollowerRun.QUICK;
import static io.hitstream.agent.follow.FollowerRun.awaitStored;
import static io.hitstream.agent.follow.FollowerRun.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.LoopbackIngestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Twenty logs followed at once, written in turn and each rotated once: every site gets exactly its lines. */
class ManyFilesTest {

    private static final int FILES = 20;
    private static final int LINES_PER_FILE = 300;

    @TempDir
    Path dir;

    @Test
    void twentyLogsWrittenAndRotatedAtOnceEachArriveExactlyOnce() throws Exception {
        List<StreamSpec> streams = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            streams.add(stream(site(i), dir.resolve("site-" + i).resolve("access.log")));
            Files.createDirectories(dir.resolve("site-" + i));
        }
        try (LoopbackIngestServer server = new LoopbackIngestServer()) {
            try (FollowerRun run = FollowerRun.start(List.of(server.address()), QUICK, StateFile.inMemory(), streams)) {
                for (StreamSpec stream : streams) {
                    LogLines.append(stream.accessLog(), LogLines.line(0));
                }
                // Every file is open before any is rotated: a file renamed before the follower first looked at
                // its path is one it never saw, and without backfill it rightly ships none of it.
                for (int i = 0; i < FILES; i++) {
                    awaitStored(server.service(), site(i), LogLines.lines(0, 1));
                }
                for (int n = 1; n < LINES_PER_FILE; n++) {
                    for (StreamSpec stream : streams) {
                        LogLines.append(stream.accessLog(), LogLines.line(n));
                    }
                    if (n == LINES_PER_FILE / 2) {
                        for (StreamSpec stream : streams) {
                            Files.move(stream.accessLog(), stream.accessLog().resolveSibling("access.log.1"));
                        }
                    }
                }
                for (int i = 0; i < FILES; i++) {
                    awaitStored(server.service(), site(i), LogLines.lines(0, LINES_PER_FILE));
                }
            }

            for (int i = 0; i < FILES; i++) {
                assertEquals(LogLines.lines(0, LINES_PER_FILE), server.service().storedOfSite(site(i)), site(i));
                assertEquals(2, server.service().streamsOfSite(site(i)).size(), site(i));
            }
        }
    }

    private static String site(int i) {
        return "site-" + i + ".example.org";
    }
}
