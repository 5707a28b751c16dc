package io.hitstream.resolver.domain;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.List;

/**
 * Private and reserved ranges whose PTR records only a local DNS could know: asking public DNS about them
 * leaks internal addresses and waits for answers that never come.
 */
public final class ReservedAddresses {
    private static final List<Range> RANGES = List.of(
            range("0.0.0.0", 8),         // "this network"
            range("10.0.0.0", 8),        // RFC 1918
            range("100.64.0.0", 10),     // RFC 6598 carrier-grade NAT
            range("127.0.0.0", 8),       // loopback
            range("169.254.0.0", 16),    // link-local
            range("172.16.0.0", 12),     // RFC 1918
            range("192.0.0.0", 24),      // IETF protocol assignments
            range("192.0.2.0", 24),      // documentation
            range("192.168.0.0", 16),    // RFC 1918
            range("198.18.0.0", 15),     // benchmarking
            range("198.51.100.0", 24),   // documentation
            range("203.0.113.0", 24),    // documentation
            range("224.0.0.0", 4),       // multicast
            range("240.0.0.0", 4),       // reserved, and the broadcast address
            range("::", 128),            // unspecified
            range("::1", 128),           // loopback
            range("100::", 64),          // discard-only
            range("2001:db8::", 32),     // documentation
            range("fc00::", 7),          // unique local (ULA)
            range("fe80::", 10),         // link-local
            range("ff00::", 8));         // multicast

    private ReservedAddresses() {
    }

    /** Whether the address lies in a private or reserved range. */
    public static boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : RANGES) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    private static Range range(String network, int prefixLength) {
        return new Range(InetAddresses.forString(network).getAddress(), prefixLength);
    }

    /** A network prefix, compared bit by bit against addresses of the same family. */
    private record Range(byte[] network, int prefixLength) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - remainingBits)) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
