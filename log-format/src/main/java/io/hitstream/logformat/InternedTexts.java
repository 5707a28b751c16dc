package io.hitstream.logformat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The texts a parser has decoded, by their bytes and escaping, so that a field whose bytes it has seen before is
 * the same String without decoding it again: a log repeats a few thousand URLs, user agents and referrers
 * millions of times, and a String seen before also has its hash computed already. Bounded: at most
 * {@link #MAX_TEXTS} texts of at most {@link #MAX_TEXT_BYTES} bytes each (some 16 MiB at worst, far less for
 * real logs); longer ones are decoded every time, and a full table starts over empty, so that it follows what the
 * log repeats now.
 */
final class InternedTexts {
    static final int MAX_TEXTS = 8_192;
    static final int MAX_TEXT_BYTES = 1_024;
    /** Slots to start with: a parser of a few lines, or one whose record interns nothing, stays small. */
    private static final int FIRST_SLOTS = 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** An odd constant with well-spread bits (the golden ratio's), so each step mixes a word into every bit. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** Per slot, a text's bytes, null for a free slot; the table is kept at most half full. */
    private byte[][] bytes = new byte[0][];
    private String[] texts;
    private int[] hashes;
    private byte[] escapings;
    private int size;

    /** The text of {@code buf[start, end)} decoded with {@code escaping}: the one decoded before, if it was. */
    String text(byte[] buf, int start, int end, TextEscaping escaping) {
        if (end - start > MAX_TEXT_BYTES) {
            return escaping.decode(buf, start, end);
        }
        int hash = hash(buf, start, end, escaping);
        int mask = bytes.length - 1;
        for (int slot = hash & mask; mask > 0 && bytes[slot] != null; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && escapings[slot] == escaping.ordinal()
                    && Arrays.equals(bytes[slot], 0, bytes[slot].length, buf, start, end)) {
                return texts[slot];
            }
        }
        String text = escaping.decode(buf, start, end);
        if (size == MAX_TEXTS) {
            resize(bytes.length);
        } else if (size * 2 >= bytes.length) {
            resize(Math.max(FIRST_SLOTS, bytes.length * 2));
        }
        place(Arrays.copyOfRange(buf, start, end), text, hash, (byte) escaping.ordinal());
        size++;
        return text;
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    private void place(byte[] textBytes, String text, int hash, byte escaping) {
        int mask = bytes.length - 1;
        int slot = hash & mask;
        while (bytes[slot] != null) {
            slot = slot + 1 & mask;
        }
        bytes[slot] = textBytes;
        texts[slot] = text;
        hashes[slot] = hash;
        escapings[slot] = escaping;
    }

    /** Makes the table {@code slots} large: the texts kept are placed again, or all dropped when it is full. */
    private void resize(int slots) {
        byte[][] oldBytes = bytes;
        String[] oldTexts = texts;
        int[] oldHashes = hashes;
        byte[] oldEscapings = escapings;
        bytes = new byte[slots][];
        texts = new String[slots];
        hashes = new int[slots];
        escapings = new byte[slots];
        if (size == MAX_TEXTS) {
            size = 0;
            return;
        }
        for (int slot = 0; slot < oldBytes.length; slot++) {
            if (oldBytes[slot] != null) {
                place(oldBytes[slot], oldTexts[slot], oldHashes[slot], oldEscapings[slot]);
            }
        }
    }

    /**
     * A hash of the bytes read eight at a time: a byte at a time, hashing a user agent cost as much as the rest of
     * the look-up (bench/RESULTS.md).
     */
    private static int hash(byte[] buf, int start, int end, TextEscaping escaping) {
        long h = escaping.ordinal() * 31L + (end - start);
        int i = start;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            h = (h ^ (long) LONGS.get(buf, i)) * MIX;
        }
        for (; i < end; i++) {
            h = (h ^ buf[i]) * MIX;
        }
        h ^= h >>> 32;
        return (int) h ^ (int) h >>> 16;
    }
}
