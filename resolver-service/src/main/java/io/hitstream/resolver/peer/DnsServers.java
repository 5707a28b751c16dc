package io.hitstream.resolver.peer;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The DNS servers to ask: configured as {@code host[:port]} (IPv6 in brackets with a port), or read from resolv.conf. */
public final class DnsServers {
    static final int DNS_PORT = 53;

    private DnsServers() {
    }

    /** Parses {@code 10.0.0.1}, {@code 10.0.0.1:5353}, {@code ::1} or {@code [::1]:5353}; hosts must be IP literals. */
    public static InetSocketAddress parse(String text) {
        String value = text.strip();
        String host = value;
        int port = DNS_PORT;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in DNS server '" + text + "'");
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("expected ':port' after ']' in DNS server '" + text + "'");
                }
                port = port(rest.substring(1), text);
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = port(value.substring(value.indexOf(':') + 1), text);
        }
        if (!InetAddresses.isInetAddress(host)) {
            throw new IllegalArgumentException("DNS server must be an IP address, got '" + text + "'");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** The {@code nameserver} lines of a resolv.conf file, in order. */
    public static List<InetSocketAddress> fromResolvConf(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DNS servers from " + file, e);
        }
        List<InetSocketAddress> servers = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 2 && words[0].equals("nameserver")) {
                servers.add(parse(words[1]));
            }
        }
        return servers;
    }

    private static int port(String text, String whole) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range in DNS server '" + whole + "'");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in DNS server '" + whole + "'", e);
        }
    }
}
