package io.hitstream.logformat;

/**
 * Reads IPv4 and IPv6 addresses from a line's bytes and tells whether one is public: globally
 * routable, not private, loopback, link-local, shared (CGNAT), documentation, multicast or reserved.
 */
final class IpAddresses {
    private IpAddresses() {
    }

    /** Whether {@code buf[start, end)} is a public IPv4 or IPv6 address. */
    static boolean isPublic(byte[] buf, int start, int end) {
        long v4 = ipv4(buf, start, end);
        if (v4 >= 0) {
            return isPublicIpv4((int) v4);
        }
        long[] v6 = new long[2];
        return ipv6(buf, start, end, v6) && isPublicIpv6(v6[0], v6[1]);
    }

    /** The IPv4 address as an unsigned 32-bit value, or -1 when {@code buf[start, end)} is not dotted-quad. */
    static long ipv4(byte[] buf, int start, int end) {
        long address = 0;
        int i = start;
        for (int octet = 0; octet < 4; octet++) {
            int digitsStart = i;
            int value = 0;
            while (i < end && Digits.isDigit(buf[i]) && i - digitsStart < 3) {
                value = value * 10 + (buf[i++] - '0');
            }
            if (i == digitsStart || value > 255) {
                return -1;
            }
            address = address << 8 | value;
            if (octet < 3) {
                if (i >= end || buf[i] != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == end ? address : -1;
    }

    /** Reads an IPv6 address (with :: and a dotted IPv4 tail allowed) into {@code out} as two longs; false when invalid. */
    static boolean ipv6(byte[] buf, int start, int end, long[] out) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = start;
        if (end - i >= 2 && buf[i] == ':' && buf[i + 1] == ':') {
            gap = 0;
            i += 2;
        }
        while (i < end && count < 8) {
            int tail = ipv4Tail(buf, i, end, count, groups);
            if (tail > 0) {
                count += 2;
                i = end;
                break;
            }
            int groupStart = i;
            int value = 0;
            while (i < end && i - groupStart < 4 && Character.digit(buf[i], 16) >= 0) {
                value = value << 4 | Character.digit(buf[i++], 16);
            }
            if (i == groupStart) {
                return false;
            }
            groups[count++] = value;
            if (i == end) {
                break;
            }
            if (buf[i] != ':' || i + 1 == end) {
                return false;
            }
            i++;
            if (buf[i] == ':') {
                if (gap >= 0) {
                    return false;
                }
                gap = count;
                i++;
            }
        }
        if (i != end || (gap < 0 ? count != 8 : count > 7)) {
            return false;
        }
        expand(groups, count, gap, out);
        return true;
    }

    /** Reads a dotted IPv4 tail into groups[count], groups[count + 1]; returns 1 when there is one, 0 otherwise. */
    private static int ipv4Tail(byte[] buf, int at, int end, int count, int[] groups) {
        if (count > 6) {
            return 0;
        }
        long v4 = ipv4(buf, at, end);
        if (v4 < 0) {
            return 0;
        }
        groups[count] = (int) (v4 >>> 16);
        groups[count + 1] = (int) (v4 & 0xFFFF);
        return 1;
    }

    private static void expand(int[] groups, int count, int gap, long[] out) {
        int[] full = new int[8];
        if (gap < 0) {
            System.arraycopy(groups, 0, full, 0, 8);
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            int after = count - gap;
            System.arraycopy(groups, gap, full, 8 - after, after);
        }
        out[0] = (long) full[0] << 48 | (long) full[1] << 32 | (long) full[2] << 16 | full[3];
        out[1] = (long) full[4] << 48 | (long) full[5] << 32 | (long) full[6] << 16 | full[7];
    }

    private static boolean isPublicIpv4(int a) {
        return !(inV4(a, 0x00000000, 8) || inV4(a, 0x0A000000, 8) || inV4(a, 0x64400000, 10)
                || inV4(a, 0x7F000000, 8) || inV4(a, 0xA9FE0000, 16) || inV4(a, 0xAC100000, 12)
                || inV4(a, 0xC0000000, 24) || inV4(a, 0xC0000200, 24) || inV4(a, 0xC0A80000, 16)
                || inV4(a, 0xC6120000, 15) || inV4(a, 0xC6336400, 24) || inV4(a, 0xCB007100, 24)
                || inV4(a, 0xE0000000, 3));
    }

    private static boolean inV4(int address, int network, int prefix) {
        int mask = -1 << (32 - prefix);
        return (address & mask) == network;
    }

    private static boolean isPublicIpv6(long high, long low) {
        if (high == 0 && (low >>> 32) == 0xFFFFL) {
            return isPublicIpv4((int) low);
        }
        boolean globalUnicast = (high >>> 61) == 0b001;
        boolean documentation = (high >>> 32) == 0x20010DB8L;
        boolean protocolAssignments = (high >>> 41) == (0x20010000L >>> 9);
        return globalUnicast && !documentation && !protocolAssignments;
    }
}
