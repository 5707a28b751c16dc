package io.hitstream.resolver.domain;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;

/** Parses address text from a log without ever touching DNS, and gives the canonical text of an address. */
public final class IpAddressText {
    /** Longest text worth parsing: a full IPv6 address with an embedded IPv4 part and a scope. */
    static final int MAX_LENGTH = 64;

    private IpAddressText() {
    }

    /** The address written in {@code text}, or {@code null} when it is not an IPv4 or IPv6 literal. */
    public static InetAddress parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return InetAddresses.forString(text);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** RFC 5952 text for IPv6, dotted quad for IPv4: the form the cache is persisted under. */
    public static String canonical(InetAddress address) {
        return InetAddresses.toAddrString(address);
    }
}
