package io.hitstream.bench;

import java.util.Arrays;

/** Where each '\n'-ended line of a buffer starts and ends, found once so benchmarks time only the parsing. */
final class LineIndex {
    final byte[] buf;
    final int[] starts;
    final int[] ends;

    LineIndex(byte[] buf) {
        this.buf = buf;
        int count = 0;
        for (byte b : buf) {
            count += b == '\n' ? 1 : 0;
        }
        int[] s = new int[count];
        int[] e = new int[count];
        int line = 0;
        int start = 0;
        for (int i = 0; i < buf.length; i++) {
            if (buf[i] == '\n') {
                s[line] = start;
                e[line++] = i;
                start = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, line);
        this.ends = Arrays.copyOf(e, line);
    }

    int size() {
        return starts.length;
    }
}
