package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input, however broken, is either parsed into a consistent record or rejected with a
 * reason, and never makes a parser fail: random bytes, cut-off lines and mutated valid lines, per format.
 */
class ParseOrRejectPropertyTest {
    private static final int LINES_PER_FORMAT = 3000;
    /** Bytes that steer the parsers into their edge cases more often than uniform noise would. */
    private static final byte[] SPECIAL = " \"\\[]{}:,-/+?.#x0123456789\r\t".getBytes(StandardCharsets.US_ASCII);

    static Stream<Arguments> formatsWithAValidLine() {
        return Stream.of(
                Arguments.of("combined", "2001:db8::1 - frank [15/Mar/2026:09:30:00 +0530] \"GET /a/b?q=1 HTTP/1.1\" "
                        + "200 2326 \"http://example.org/\" \"Mozilla/5.0 \\\"x\\\" \\x41\""),
                Arguments.of("common", "192.0.2.1 - - [15/Mar/2026:09:30:00 +0000] \"GET / HTTP/1.1\" 404 -"),
                Arguments.of("vhost_combined", "www.example.org:443 192.0.2.1 - - [15/Mar/2026:09:30:00 +0000] "
                        + "\"GET / HTTP/1.1\" 200 5 \"-\" \"curl/8\""),
                Arguments.of("combined_latency", "192.0.2.1 - - [15/Mar/2026:09:30:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"c\" 1234"),
                Arguments.of("nginx", "192.0.2.1 - - [15/Mar/2026:09:30:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"\\x22c\\x22\""),
                Arguments.of("w3c", "2026-11-03 00:00:07 10.0.0.4 GET /default.aspx lang=en 443 - 81.2.69.142 "
                        + "Mozilla/5.0+(Windows) https://www.bing.com/ 200 0 0 187"),
                Arguments.of("squid", "1793491201.450    180 192.168.0.11 TCP_MISS/200 5507 GET http://www.example.com/i?x=1 "
                        + "- HIER_DIRECT/93.184.216.34 text/html"),
                Arguments.of("caddy", "{\"ts\":1793491201.52,\"request\":{\"remote_ip\":\"10.0.0.2\",\"uri\":\"/d?l=1\","
                        + "\"headers\":{\"User-Agent\":[\"M \\u00e9\"]}},\"duration\":0.0009,\"size\":10,\"status\":200}"),
                Arguments.of("haproxy", "Feb  6 12:14:14 lb haproxy[1]: 10.0.1.2:33317 [06/Feb/2026:12:14:14.655] in be/s1 "
                        + "10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {x} {} \"GET /i?v=2 HTTP/1.1\""),
                Arguments.of("[%{%d/%b/%Y %T %z}t] %a %{ms}T %{Host}i \"%r\" %>s %B %I \"%{X-Forwarded-For}i\"",
                        "[15/Mar/2026 09:30:00 +0100] 192.0.2.1 12 example.org \"GET / HTTP/1.1\" 200 5 7 \"81.2.69.142, 10.0.0.1\""),
                Arguments.of("$remote_addr [$time_iso8601] $host \"$request\" $status $request_time $upstream_response_time",
                        "192.0.2.1 [2026-03-15T09:30:00+01:00] example.org \"GET / HTTP/1.1\" 200 0.003 0.001, 0.002"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatsWithAValidLine")
    void everyLineIsParsedOrRejected(String nameOrFormat, String validLine) {
        LogFormat format = LogFormatRegistry.standard().resolve(nameOrFormat);
        byte[] golden = validLine.getBytes(StandardCharsets.UTF_8);
        ParserOptions options = new ParserOptions(new ParserLimits(400, 40),
                ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR, ZoneId.of("Europe/Berlin"));
        LogParser parser = format.newParser(options);
        assertTrue(parser.parse(golden, 0, golden.length, new LogRecord()), "the valid line parses");
        Random random = new Random(20261101L);
        LogRecord record = new LogRecord();
        int parsed = 0;
        for (int i = 0; i < LINES_PER_FORMAT; i++) {
            byte[] line = nextLine(random, i % 4, golden);
            int start = random.nextInt(3);
            byte[] buf = new byte[start + line.length + random.nextInt(3)];
            System.arraycopy(line, 0, buf, start, line.length);
            if (parser.parse(buf, start, start + line.length, record)) {
                assertConsistent(record);
                parsed++;
            } else {
                assertNotNull(record.rejectReason(), () -> "no reason for " + Arrays.toString(line));
                assertNotEquals(RejectReason.PARSER_FAULT, record.rejectReason(), () -> "fault on " + Arrays.toString(line));
            }
        }
        assertTrue(parsed > 0, "the mutated lines should sometimes still parse");
    }

    private static byte[] nextLine(Random random, int kind, byte[] golden) {
        switch (kind) {
            case 0:
                byte[] noise = new byte[random.nextInt(500)];
                random.nextBytes(noise);
                return noise;
            case 1:
                return Arrays.copyOf(golden, random.nextInt(golden.length + 1));
            case 2:
                return spliced(random, golden);
            default:
                byte[] mutated = golden.clone();
                for (int n = random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(mutated.length);
                    mutated[at] = random.nextBoolean() ? SPECIAL[random.nextInt(SPECIAL.length)] : (byte) random.nextInt(256);
                }
                return mutated;
        }
    }

    /** The valid line with a random stretch of it repeated or removed. */
    private static byte[] spliced(Random random, byte[] golden) {
        int from = random.nextInt(golden.length);
        int to = from + random.nextInt(golden.length - from);
        byte[] middle = random.nextBoolean() ? Arrays.copyOfRange(golden, from, to) : new byte[0];
        byte[] out = new byte[to + middle.length + golden.length - from];
        System.arraycopy(golden, 0, out, 0, to);
        System.arraycopy(middle, 0, out, to, middle.length);
        System.arraycopy(golden, from, out, to + middle.length, golden.length - from);
        return out;
    }

    private static void assertConsistent(LogRecord record) {
        assertNull(record.rejectReason());
        for (TextField field : TextField.values()) {
            assertEquals(record.has(field), record.text(field) != null);
            if (record.has(field)) {
                assertTrue(record.text(field).getBytes(StandardCharsets.UTF_8).length <= 40 * 3);
            }
        }
        for (int i = 0; i < record.headerCount(); i++) {
            assertNotNull(record.headerName(i));
            assertNotNull(record.headerValue(i));
        }
        if (record.hasTimestamp()) {
            assertNotNull(record.timestamp());
        }
    }
}
