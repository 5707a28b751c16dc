package io.hitstream.resolver.domain;

import java.net.Inet4Address;
import java.net.InetAddress;

/** The DNS name a PTR query asks for: {@code d.c.b.a.in-addr.arpa} or the nibbles of an IPv6 address under ip6.arpa. */
public final class ReverseName {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ReverseName() {
    }

    public static String of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(bytes) : ipv6(bytes);
    }

    private static String ipv4(byte[] bytes) {
        StringBuilder name = new StringBuilder(29);
        for (int i = bytes.length - 1; i >= 0; i--) {
            name.append(bytes[i] & 0xff).append('.');
        }
        return name.append("in-addr.arpa").toString();
    }

    private static String ipv6(byte[] bytes) {
        StringBuilder name = new StringBuilder(72);
        for (int i = bytes.length - 1; i >= 0; i--) {
            name.append(HEX[bytes[i] & 0xf]).append('.').append(HEX[(bytes[i] >> 4) & 0xf]).append('.');
        }
        return name.append("ip6.arpa").toString();
    }
}
