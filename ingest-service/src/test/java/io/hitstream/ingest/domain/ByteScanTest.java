package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteScanTest {
    @Test
    void nextNewlineIsTheFirstFromWhereItStarts() {
        byte[] buf = bytes("abcdefghij\nklmnopqrstuvwxyz\n");

        assertEquals(10, ByteScan.nextNewline(buf, 0, buf.length));
        assertEquals(27, ByteScan.nextNewline(buf, 11, buf.length));
    }

    @Test
    void nextNewlineIsFoundInEveryPositionOfAWord() {
        for (int at = 0; at < 24; at++) {
            byte[] buf = bytes("x".repeat(at) + "\n" + "y".repeat(24 - at));

            assertEquals(at, ByteScan.nextNewline(buf, 0, buf.length));
        }
    }

    @Test
    void nextNewlineIsTheFirstOfSeveralInOneWord() {
        byte[] buf = bytes("ab\n\ncd\nef\n");

        assertEquals(2, ByteScan.nextNewline(buf, 0, buf.length));
        assertEquals(3, ByteScan.nextNewline(buf, 3, buf.length));
    }

    @Test
    void nextNewlineIsTheEndWhenThereIsNone() {
        byte[] buf = bytes("abcdefghijklmnopq\n");

        assertEquals(17, ByteScan.nextNewline(buf, 0, buf.length));
        assertEquals(12, ByteScan.nextNewline(buf, 0, 12));
        assertEquals(18, ByteScan.nextNewline(buf, 18, 18));
    }

    @Test
    void bytesLikeANewlineAreNotOne() {
        byte[] buf = {0x0B, 0x09, (byte) 0x8A, 0x1A, 0x0A, 0x00, 0x0B, (byte) 0xFF, 0x0A};

        assertEquals(4, ByteScan.nextNewline(buf, 0, buf.length));
        assertEquals(8, ByteScan.nextNewline(buf, 5, buf.length));
    }

    @Test
    void countNewlinesCountsEveryOne() {
        byte[] buf = bytes("a\n\nbc\r\n" + "x".repeat(20) + "\n\n");

        assertEquals(5, ByteScan.countNewlines(buf, 0, buf.length));
        assertEquals(0, ByteScan.countNewlines(buf, 0, 1));
        assertEquals(0, ByteScan.countNewlines(new byte[0], 0, 0));
    }

    @Test
    void firstNonAsciiIsTheFirstByteWithItsHighBitSet() {
        byte[] buf = bytes("abcdefghijklm\u00e9nop\u00ff");

        assertEquals(13, ByteScan.firstNonAscii(buf, 0, buf.length));
        assertEquals(17, ByteScan.firstNonAscii(buf, 14, buf.length));
        assertEquals(13, ByteScan.firstNonAscii(buf, 0, 13));
    }

    @Test
    void firstNonAsciiFindsOneInEveryPositionOfAWord() {
        for (int at = 0; at < 24; at++) {
            byte[] buf = bytes("x".repeat(at) + "\u0080" + "y".repeat(24 - at));

            assertEquals(at, ByteScan.firstNonAscii(buf, 0, buf.length));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
