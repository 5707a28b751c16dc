package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The request and response headers a line logs beyond the ones {@link TextField} names, as byte
 * ranges of the line; a header's name is either fixed by the format or read from the line (JSON logs).
 */
final class RecordHeaders {
    private static final int INITIAL_CAPACITY = 4;

    private boolean[] request = new boolean[INITIAL_CAPACITY];
    private String[] names = new String[INITIAL_CAPACITY];
    private int[] nameStarts = new int[INITIAL_CAPACITY];
    private int[] nameEnds = new int[INITIAL_CAPACITY];
    private int[] valueStarts = new int[INITIAL_CAPACITY];
    private int[] valueEnds = new int[INITIAL_CAPACITY];
    private TextEscaping[] escapings = new TextEscaping[INITIAL_CAPACITY];
    private boolean[] truncated = new boolean[INITIAL_CAPACITY];
    private int count;

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    /** Adds a header whose name the format fixes. */
    void add(boolean isRequest, String name, int start, int end, TextEscaping escaping, boolean wasTruncated) {
        int i = grow();
        names[i] = name;
        set(i, isRequest, start, end, escaping, wasTruncated);
    }

    /** Adds a header whose name is {@code buf[nameStart, nameEnd)} of the line. */
    void add(boolean isRequest, int nameStart, int nameEnd, int start, int end, TextEscaping escaping, boolean wasTruncated) {
        int i = grow();
        names[i] = null;
        nameStarts[i] = nameStart;
        nameEnds[i] = nameEnd;
        set(i, isRequest, start, end, escaping, wasTruncated);
    }

    /** The index of the first header of this direction and name (ASCII case ignored), or -1. */
    int indexOf(byte[] buf, boolean isRequest, String name) {
        for (int i = 0; i < count; i++) {
            if (request[i] == isRequest && nameEquals(buf, i, name)) {
                return i;
            }
        }
        return -1;
    }

    boolean isRequest(int i) {
        return request[i];
    }

    String name(byte[] buf, int i) {
        if (names[i] != null) {
            return names[i];
        }
        return new String(buf, nameStarts[i], nameEnds[i] - nameStarts[i], StandardCharsets.UTF_8);
    }

    String value(byte[] buf, int i) {
        return escapings[i].decode(buf, valueStarts[i], valueEnds[i]);
    }

    boolean isTruncated(int i) {
        return truncated[i];
    }

    private void set(int i, boolean isRequest, int start, int end, TextEscaping escaping, boolean wasTruncated) {
        request[i] = isRequest;
        valueStarts[i] = start;
        valueEnds[i] = end;
        escapings[i] = escaping;
        truncated[i] = wasTruncated;
    }

    private boolean nameEquals(byte[] buf, int i, String name) {
        if (names[i] != null) {
            return names[i].equalsIgnoreCase(name);
        }
        int length = nameEnds[i] - nameStarts[i];
        if (length != name.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (lowerAscii(buf[nameStarts[i] + k]) != lowerAscii(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private int grow() {
        if (count == names.length) {
            int capacity = count * 2;
            request = Arrays.copyOf(request, capacity);
            names = Arrays.copyOf(names, capacity);
            nameStarts = Arrays.copyOf(nameStarts, capacity);
            nameEnds = Arrays.copyOf(nameEnds, capacity);
            valueStarts = Arrays.copyOf(valueStarts, capacity);
            valueEnds = Arrays.copyOf(valueEnds, capacity);
            escapings = Arrays.copyOf(escapings, capacity);
            truncated = Arrays.copyOf(truncated, capacity);
        }
        return count++;
    }
}
