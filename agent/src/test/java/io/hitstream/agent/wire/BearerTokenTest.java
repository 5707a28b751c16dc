package io.hitstream.agent.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {

    @TempDir
    Path dir;

    @Test
    void tokenIsNeverPrinted() {
        assertEquals("BearerToken[hidden]", BearerToken.of("s3cret-token").toString());
    }

    @Test
    void tokenWithASpaceIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BearerToken.of("ab cd"));

        assertEquals("the token holds a character that is not printable ASCII, at position 3", refused.getMessage());
    }

    @Test
    void emptyTokenFileIsRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BearerToken.readFrom(file));

        assertEquals(file + ": the token is empty", refused.getMessage());
    }
}
