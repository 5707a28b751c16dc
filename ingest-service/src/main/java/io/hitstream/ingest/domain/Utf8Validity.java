package io.hitstream.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Tells whether a line is valid UTF-8; one per thread, since it reuses a decoder. */
final class Utf8Validity {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    boolean isValid(byte[] buf, int start, int end) {
        int i = start;
        // Most log lines are ASCII: only a line with a high byte pays for a decode.
        while (i < end && buf[i] >= 0) {
            i++;
        }
        if (i == end) {
            return true;
        }
        try {
            decoder.reset().decode(ByteBuffer.wrap(buf, i, end - i));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
