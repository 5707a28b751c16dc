package io.hitstream.agent.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void rememberedFileIsKnownAfterLoadingAgain() throws IOException {
        Path file = dir.resolve("state/state.json");
        StateFile state = StateFile.load(file);
        state.remember(Path.of("/logs/access.log"), new KnownFile("abc", "(dev=1,ino=2)"));

        StateFile reloaded = StateFile.load(file);

        assertEquals(Optional.of(new KnownFile("abc", "(dev=1,ino=2)")), reloaded.known(Path.of("/logs/access.log")));
        assertEquals(Optional.empty(), reloaded.known(Path.of("/logs/other.log")));
    }

    @Test
    void stateIsReplacedWholeLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("state.json");
        StateFile state = StateFile.load(file);
        state.remember(Path.of("/logs/access.log"), new KnownFile("one", "k1"));
        state.remember(Path.of("/logs/access.log"), new KnownFile("two", "k2"));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(Optional.of(new KnownFile("two", "k2")), StateFile.load(file).known(Path.of("/logs/access.log")));
    }

    @Test
    void missingFileIsAFirstStart() throws IOException {
        assertEquals(Optional.empty(), StateFile.load(dir.resolve("none.json")).known(Path.of("/logs/access.log")));
    }

    @Test
    void unreadableFileIsAnErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("state.json"), "{ torn");

        IOException refused = assertThrows(IOException.class, () -> StateFile.load(file));

        assertTrue(refused.getMessage().startsWith(file + ": not a readable state file: "), refused.getMessage());
    }

    @Test
    void secondLockOnTheSameStateFileIsRefused() throws IOException {
        Path file = dir.resolve("state.json");
        try (AgentLock first = AgentLock.acquire(file)) {
            IOException refused = assertThrows(IOException.class, () -> AgentLock.acquire(file));

            assertEquals("another agent runs with the state file " + file + " (it locks " + file + ".lock)", refused.getMessage());
        }
    }
}
