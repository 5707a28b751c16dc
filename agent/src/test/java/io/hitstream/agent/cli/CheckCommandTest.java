package io.hitstream.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String GOOD = "2001:db8::7 - frank [15/Mar/2026:09:30:00 +0530] \"GET /shop?id=7 HTTP/1.1\" 200 2326 "
            + "\"https://www.example.org/\" \"Mozilla/5.0 \\\"x\\\"\"";

    @TempDir
    Path dir;

    private Path log(String content) throws IOException {
        Path file = dir.resolve("access.log");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void printsTheFirstLinesFieldByFieldThenTheCounts() throws IOException {
        Path file = log(GOOD + "\nnot a log line\n" + GOOD.replace(" 200 ", " 2x0 ") + "\n" + GOOD + "\n");

        CommandRun run = CommandRun.of("check", "--format", "combined", "--lines", "2", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n",
                "line 1: parsed",
                "  timestamp                2026-03-15T09:30+05:30",
                "  client_address           2001:db8::7",
                "  user                     frank",
                "  method                   GET",
                "  path                     /shop",
                "  query                    id=7",
                "  protocol                 HTTP/1.1",
                "  referrer                 https://www.example.org/",
                "  user_agent               Mozilla/5.0 \"x\"",
                "  status                   200",
                "  response_bytes           2326",
                "line 2: rejected, not_matching_format: not a log line",
                file + ": 4 lines, 2 parsed, 2 rejected, 0 directives; 0 fields truncated, 0 quotes repaired",
                "  not_matching_format      1, e.g. not a log line",
                "  bad_status               1, e.g. " + GOOD.replace(" 200 ", " 2x0 "),
                ""), run.out());
    }

    @Test
    void formatStringIsCompiledAndHeadersShown() throws IOException {
        Path file = log("192.0.2.1 abc123 404\n");

        CommandRun run = CommandRun.of("check", "--format", "%h %{X-Request-Id}i %>s", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  request header X-Request-Id abc123\n"), run.out());
        assertTrue(run.out().contains("  status                   404\n"), run.out());
    }

    @Test
    void lastLineWithoutNewlineIsRead() throws IOException {
        Path file = log(GOOD + "\n" + GOOD);

        CommandRun run = CommandRun.of("check", "--format", "combined", "--lines", "0", file.toString());

        assertEquals(file + ": 2 lines, 2 parsed, 0 rejected, 0 directives; 0 fields truncated, 0 quotes repaired\n", run.out());
    }

    @Test
    void fileWhereNoLineParsesExitsWithOne() throws IOException {
        Path file = log(GOOD + "\n");

        CommandRun run = CommandRun.of("check", "--format", "caddy", "--lines", "0", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(file + ": 1 lines, 0 parsed, 1 rejected"), run.out());
    }

    @Test
    void invalidFormatStringIsAUsageErrorWithItsPosition() throws IOException {
        Path file = log(GOOD + "\n");

        CommandRun run = CommandRun.of("check", "--format", "%h %Z", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("invalid Apache log format at position 3: unknown directive %Z in \"%h %Z\"\n"), run.err());
    }

    @Test
    void unknownPresetIsAUsageError() throws IOException {
        CommandRun run = CommandRun.of("check", "--format", "apache", log("x\n").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("unknown log format: apache (known: combined, common, "), run.err());
    }

    @Test
    void controlCharactersOfTheLogAreEscapedAndLongValuesCut() throws IOException {
        Path file = log("\u001b[2J" + "x".repeat(300) + "\n");

        CommandRun run = CommandRun.of("check", "--format", "combined", file.toString());

        String shown = run.out().lines().findFirst().orElseThrow();
        assertEquals("line 1: rejected, not_matching_format: \\x1b[2J" + "x".repeat(193) + "...", shown);
    }

    @Test
    void lineOverTheLimitIsTooLongAndTheNextLineStillRead() throws IOException {
        Path file = log("a".repeat(2 * 1024 * 1024) + "\n" + GOOD + "\n");

        CommandRun run = CommandRun.of("check", "--format", "combined", "--lines", "0", file.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith(file + ": 2 lines, 1 parsed, 1 rejected"), run.out());
        assertTrue(run.out().contains("  too_long                 1, e.g. aaaa"), run.out());
    }

    @Test
    void missingFileFailsInOneLine() {
        CommandRun run = CommandRun.of("check", "--format", "combined", dir.resolve("absent.log").toString());

        assertEquals(1, run.exitCode());
        assertEquals("hitstream-agent: " + dir.resolve("absent.log") + ": no such file or directory\n", run.err());
    }
}
