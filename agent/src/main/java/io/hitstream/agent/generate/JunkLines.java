package io.hitstream.agent.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Lines a parser must reject: cut short, raw garbage bytes, or an impossible timestamp. */
final class JunkLines {

    private static final List<String> BAD_TIMESTAMPS =
            List.of("[31/Nov/2026:25:61:61 +0000]", "[2026-11-03T10:00:00Z]", "[-]", "[03/Nov/2026:10:00:00]");
    private static final int MIN_GARBAGE = 16;
    private static final int MAX_GARBAGE = 120;
    private static final int MIN_TRUNCATED = 5;
    private static final int KINDS = 3;

    private JunkLines() {
    }

    /** A junk line (without newline) in place of {@code hit}. */
    static byte[] instead(Hit hit, Random random) {
        String line = CombinedLogLine.format(hit);
        return switch (random.nextInt(KINDS)) {
            case 0 -> truncated(line, random).getBytes(StandardCharsets.US_ASCII);
            case 1 -> garbage(random);
            default -> badTimestamp(line, random).getBytes(StandardCharsets.US_ASCII);
        };
    }

    /** Cut inside the request, so that what is left cannot pass for a shorter format such as common. */
    private static String truncated(String line, Random random) {
        int requestEnd = line.indexOf("\" ", line.indexOf('"') + 1);
        return line.substring(0, MIN_TRUNCATED + random.nextInt(requestEnd - MIN_TRUNCATED));
    }

    /** Random bytes, invalid UTF-8 included; never a newline or carriage return (that would make two lines) or NUL. */
    private static byte[] garbage(Random random) {
        byte[] bytes = new byte[MIN_GARBAGE + random.nextInt(MAX_GARBAGE - MIN_GARBAGE + 1)];
        for (int i = 0; i < bytes.length; i++) {
            int value;
            do {
                value = 1 + random.nextInt(255);
            } while (value == '\n' || value == '\r');
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static String badTimestamp(String line, Random random) {
        int open = line.indexOf('[');
        int close = line.indexOf(']', open);
        return line.substring(0, open) + BAD_TIMESTAMPS.get(random.nextInt(BAD_TIMESTAMPS.size()))
                + line.substring(close + 1);
    }
}
