package io.hitstream.agent.errorlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorLevelTest {

    @Test
    void apache24LevelComesAfterTheModule() {
        assertEquals("error", level("[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid 4328636416] "
                + "[client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico"));
    }

    @Test
    void apache22LevelStandsAlone() {
        assertEquals("warn", level("[Wed Oct 11 14:32:52 2000] [warn] [client 127.0.0.1] something"));
    }

    @Test
    void nginxLevelFollowsTheTime() {
        assertEquals("crit", level("2026/11/21 10:00:00 [crit] 1234#0: *5 connect() failed"));
    }

    @Test
    void lineWithoutALevelIsUnknown() {
        assertEquals(ErrorLevel.UNKNOWN, level("PHP Warning: [something] happened [error] later"));
    }

    private static String level(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return ErrorLevel.of(bytes, bytes.length);
    }
}
