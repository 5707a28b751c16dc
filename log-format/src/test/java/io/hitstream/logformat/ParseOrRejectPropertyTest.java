package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every input, however broken, is either parsed into a complete record or rejected with a reason. */
class ParseOrRejectPropertyTest {
    private static final int LINES = 6000;
    private static final byte[] GOLDEN = ("2001:db8::1 - frank [15/Mar/2026:09:30:00 +0530] \"GET /a/b?q=1 HTTP/1.1\" "
            + "200 2326 \"http://example.org/\" \"Mozilla/5.0 \\\"x\\\" \\x41\"").getBytes(StandardCharsets.US_ASCII);
    /** Bytes that steer the parser into its edge cases more often than uniform noise would. */
    private static final byte[] SPECIAL = " \"\\[]-/:+?x0123456789\r\t".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @ValueSource(strings = {"combined", "common"})
    void everyLineIsParsedOrRejected(String formatName) {
        LogParser parser = LogFormatRegistry.standard().require(formatName).newParser(new ParserLimits(400));
        Random random = new Random(20261101L);
        LogRecord record = new LogRecord();
        int parsed = 0;
        for (int i = 0; i < LINES; i++) {
            byte[] line = nextLine(random, i % 3);
            int start = random.nextInt(3);
            byte[] buf = new byte[start + line.length + random.nextInt(3)];
            System.arraycopy(line, 0, buf, start, line.length);
            if (parser.parse(buf, start, start + line.length, record)) {
                assertComplete(record);
                parsed++;
            } else {
                assertNotNull(record.rejectReason(), () -> "no reason for " + Arrays.toString(line));
            }
        }
        assertTrue(parsed > 0, "the mutated lines should sometimes still parse");
    }

    private static byte[] nextLine(Random random, int kind) {
        switch (kind) {
            case 0:
                byte[] noise = new byte[random.nextInt(500)];
                random.nextBytes(noise);
                return noise;
            case 1:
                return Arrays.copyOf(GOLDEN, random.nextInt(GOLDEN.length + 1));
            default:
                byte[] mutated = GOLDEN.clone();
                for (int n = random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(mutated.length);
                    mutated[at] = random.nextBoolean() ? SPECIAL[random.nextInt(SPECIAL.length)] : (byte) random.nextInt(256);
                }
                return mutated;
        }
    }

    private static void assertComplete(LogRecord record) {
        assertNull(record.rejectReason());
        assertNotNull(record.text(TextField.CLIENT_ADDRESS));
        assertNotNull(record.timestamp());
        assertTrue(record.hasStatus());
        for (TextField field : TextField.values()) {
            assertEquals(record.has(field), record.text(field) != null);
        }
    }
}
