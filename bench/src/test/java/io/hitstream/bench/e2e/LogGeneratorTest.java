package io.hitstream.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogGeneratorTest {
    private static final LogGenerator.Settings TEN_THOUSAND = LogGenerator.Settings.of(42, 10_000, LogGenerator.SITES);

    @Test
    void aFixedSeedAndSizeGiveTheseBytes(@TempDir Path dir) throws Exception {
        List<Path> files = new LogGenerator(TEN_THOUSAND).write(dir);

        assertEquals("1ce01e40e9f9ab23a6eb312b787eb087d71266fa65c2d8457a6d5eef8eedbd18", sha256(files));
    }

    @Test
    void theSameSettingsWriteTheSameBytesTwice(@TempDir Path first, @TempDir Path second) throws Exception {
        assertEquals(sha256(new LogGenerator(TEN_THOUSAND).write(first)),
                sha256(new LogGenerator(TEN_THOUSAND).write(second)));
    }

    @Test
    void linesAreSplitAboutSixThreeOneBetweenTheSites(@TempDir Path dir) throws Exception {
        List<Path> files = new LogGenerator(TEN_THOUSAND).write(dir);

        assertEquals(List.of(6029L, 2936L, 1035L), lineCounts(files));
    }

    @Test
    void linesWrittenToMemoryAreTheFilesBytes(@TempDir Path dir) throws Exception {
        List<Path> files = new LogGenerator(TEN_THOUSAND).write(dir);
        List<StringBuilder> sites = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());

        new LogGenerator(TEN_THOUSAND).writeTo(sites);

        for (int i = 0; i < files.size(); i++) {
            assertEquals(Files.readString(files.get(i)), sites.get(i).toString(), LogGenerator.SITES.get(i));
        }
    }

    private static List<Long> lineCounts(List<Path> files) throws IOException {
        List<Long> counts = new ArrayList<>();
        for (Path file : files) {
            try (var lines = Files.lines(file)) {
                counts.add(lines.count());
            }
        }
        return counts;
    }

    private static String sha256(List<Path> files) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
