package io.hitstream.logformat;

/**
 * Request targets in absolute form, {@code http://host:port/path?query}, as proxies (and HTTP/2
 * front ends) log them: the host goes to the virtual host, the rest to path and query.
 */
final class AbsoluteTargets {
    private AbsoluteTargets() {
    }

    /**
     * Sets host, path and query when {@code buf[start, end)} is an absolute URL; false (and nothing
     * set) when it is not. A {@code weakHost} only fills a virtual host no other field has set.
     */
    static boolean set(byte[] buf, int start, int end, LogRecord record, TextEscaping escapedAs, boolean weakHost) {
        int authority = authorityStart(buf, start, end);
        if (authority < 0) {
            return false;
        }
        int pathStart = authority;
        while (pathStart < end && buf[pathStart] != '/' && buf[pathStart] != '?') {
            pathStart++;
        }
        record.setTargetHost(authority, hostEnd(buf, authority, pathStart), weakHost);
        if (pathStart < end) {
            RequestLine.setTarget(buf, pathStart, end, record, escapedAs, false);
        }
        return true;
    }

    /** The index after {@code scheme://}, or -1 when the target is not absolute. */
    private static int authorityStart(byte[] buf, int start, int end) {
        int i = start;
        while (i < end && ((buf[i] >= 'a' && buf[i] <= 'z') || (buf[i] >= 'A' && buf[i] <= 'Z'))) {
            i++;
        }
        boolean absolute = i > start && end - i > 3 && buf[i] == ':' && buf[i + 1] == '/' && buf[i + 2] == '/';
        return absolute ? i + 3 : -1;
    }

    /** The end of the host in {@code host[:port]}, the brackets of an IPv6 literal kept. */
    private static int hostEnd(byte[] buf, int authority, int end) {
        if (authority < end && buf[authority] == '[') {
            for (int i = authority; i < end; i++) {
                if (buf[i] == ']') {
                    return i + 1;
                }
            }
            return end;
        }
        for (int i = end - 1; i >= authority; i--) {
            if (buf[i] == ':') {
                return i;
            }
        }
        return end;
    }
}
