package io.hitstream.logformat;

import java.util.List;

/**
 * The literals a format writes after some point, in order: a line can only be read from a
 * position if they all appear after it, the last one (when the format ends with it) at the very end.
 */
final class LiteralSkeleton {
    private final byte[][] literals;
    private final boolean lastEndsLine;

    LiteralSkeleton(List<byte[]> literals, boolean lastEndsLine) {
        this.literals = literals.toArray(new byte[0][]);
        this.lastEndsLine = lastEndsLine;
    }

    boolean fits(byte[] buf, int from, int end) {
        int pos = from;
        int anchored = lastEndsLine ? literals.length - 1 : literals.length;
        for (int i = 0; i < anchored; i++) {
            int found = Literals.indexOf(literals[i], buf, pos, end);
            if (found < 0) {
                return false;
            }
            pos = found + literals[i].length;
        }
        if (!lastEndsLine) {
            return true;
        }
        byte[] last = literals[anchored];
        return end - last.length >= pos && Literals.matchesAt(last, buf, end - last.length, end);
    }
}
