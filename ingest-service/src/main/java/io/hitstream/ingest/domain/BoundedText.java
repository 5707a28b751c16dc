package io.hitstream.ingest.domain;

import io.hitstream.rollups.RollupLimits;
import java.nio.charset.StandardCharsets;

/** Text from a log cut to the length stats stores, counted in code points as PostgreSQL counts characters. */
public final class BoundedText {
    /** UTF-8 needs at most this many bytes per code point. */
    private static final int MAX_BYTES_PER_CODE_POINT = 4;

    private BoundedText() {
    }

    /** The text's first {@code maxLength} code points. */
    public static String truncate(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxLength));
    }

    /** A line's bytes as text (invalid UTF-8 replaced), cut to the sample length without decoding the rest of a long line. */
    static String sample(byte[] buf, int start, int end) {
        int length = Math.min(end - start, RollupLimits.MAX_SAMPLE_LENGTH * MAX_BYTES_PER_CODE_POINT);
        return truncate(new String(buf, start, length, StandardCharsets.UTF_8), RollupLimits.MAX_SAMPLE_LENGTH);
    }
}
