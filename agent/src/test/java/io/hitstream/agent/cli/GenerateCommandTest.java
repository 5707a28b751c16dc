package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLogPerSiteThenTheHostsFileAndNamesEach() {
        CommandRun run = CommandRun.of("generate", "--out", dir.toString(), "--lines", "300",
                "--sites", "a.example.org,b.example.org");

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[0].startsWith(dir.resolve("a.example.org.access.log") + ": "), lines[0]);
        assertTrue(lines[1].startsWith(dir.resolve("b.example.org.access.log") + ": "), lines[1]);
        assertTrue(lines[2].startsWith(dir.resolve("clients.hosts") + ": "), lines[2]);
    }

    @Test
    void siteThatIsNoHostNameIsAUsageError() {
        CommandRun run = CommandRun.of("generate", "--out", dir.toString(), "--sites", "../etc");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("not a site host name: '../etc'\n"), run.err());
    }
}
