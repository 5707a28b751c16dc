package io.hitstream.agent.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIdentityTest {

    @TempDir
    Path dir;

    @Test
    void identityIsTheSha256OfTheFirstLineWithItsNewline() throws IOException {
        Path file = write("access.log", "first line\nsecond line\n");

        assertEquals(Optional.of("812702a1550d251abb2b813409daf5960269f1b9d62fa1c027c319e7baca3ae8"),
                FileIdentity.of(file));
    }

    @Test
    void sameFirstLineGivesTheSameIdentity() throws IOException {
        Path one = write("one.log", "same first\nthen one thing\n");
        Path other = write("other.log", "same first\nthen another\nand more\n");

        assertEquals(FileIdentity.of(one), FileIdentity.of(other));
    }

    @Test
    void renamedFileKeepsItsIdentity() throws IOException {
        Path live = write("access.log", "10.0.0.1 first\n10.0.0.2 second\n");
        Optional<String> before = FileIdentity.of(live);

        Path rotated = Files.move(live, dir.resolve("access.log.1"));

        assertEquals(before, FileIdentity.of(rotated));
    }

    @Test
    void compressedCopyKeepsTheIdentity() throws IOException {
        String content = "first line\nsecond line\n";
        Path plain = write("access.log.1", content);
        Path compressed = dir.resolve("access.log.2.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(FileIdentity.of(plain), FileIdentity.of(compressed));
    }

    @Test
    void differentFirstLineGivesADifferentIdentity() throws IOException {
        Path one = write("one.log", "first line\nrest\n");
        Path other = write("other.log", "first line!\nrest\n");

        assertNotEquals(FileIdentity.of(one), FileIdentity.of(other));
    }

    @Test
    void incompleteFirstLineHasNoIdentityYet() throws IOException {
        Path file = write("access.log", "still being writ");

        assertEquals(Optional.empty(), FileIdentity.of(file));
    }

    @Test
    void onlyTheFirst4KiBOfALongFirstLineCount() throws IOException {
        String prefix = "x".repeat(FileIdentity.MAX_FIRST_LINE_BYTES);
        Path one = write("one.log", prefix + "tail one\n");
        Path other = write("other.log", prefix + "a different tail\n");

        assertEquals(FileIdentity.of(one), FileIdentity.of(other));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
